import '@adonisjs/core/types/http'

type ParamValue = string | number | bigint | boolean

export type ScannedRoutes = {
  ALL: {
    'health': { paramsTuple?: []; params?: {} }
    'health.live': { paramsTuple?: []; params?: {} }
    'health.ready': { paramsTuple?: []; params?: {} }
    'home': { paramsTuple?: []; params?: {} }
    'locale.update': { paramsTuple?: []; params?: {} }
    'session.create': { paramsTuple?: []; params?: {} }
    'session.store': { paramsTuple?: []; params?: {} }
    'two_factor.challenge': { paramsTuple?: []; params?: {} }
    'two_factor.verify': { paramsTuple?: []; params?: {} }
    'password_resets.create': { paramsTuple?: []; params?: {} }
    'password_resets.store': { paramsTuple?: []; params?: {} }
    'password_resets.edit': { paramsTuple: [ParamValue]; params: {'token': ParamValue} }
    'password_resets.update': { paramsTuple: [ParamValue]; params: {'token': ParamValue} }
    'two_factor.setup': { paramsTuple?: []; params?: {} }
    'two_factor.enable': { paramsTuple?: []; params?: {} }
    'two_factor.disable': { paramsTuple?: []; params?: {} }
    'two_factor.recovery_codes': { paramsTuple?: []; params?: {} }
    'two_factor.regenerate': { paramsTuple?: []; params?: {} }
    'dashboard': { paramsTuple?: []; params?: {} }
    'session.destroy': { paramsTuple?: []; params?: {} }
    'profile.show': { paramsTuple?: []; params?: {} }
    'profile.update': { paramsTuple?: []; params?: {} }
    'profile_password.update': { paramsTuple?: []; params?: {} }
    'user_sessions.index': { paramsTuple?: []; params?: {} }
    'user_sessions.destroy': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'records.comments.store': { paramsTuple: [ParamValue,ParamValue]; params: {'type': ParamValue,'id': ParamValue} }
    'records.attachments.store': { paramsTuple: [ParamValue,ParamValue]; params: {'type': ParamValue,'id': ParamValue} }
    'attachments.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'attachments.thumbnail': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.users.index': { paramsTuple?: []; params?: {} }
    'admin.users.create': { paramsTuple?: []; params?: {} }
    'admin.users.store': { paramsTuple?: []; params?: {} }
    'admin.users.edit': { paramsTuple: [ParamValue]; params: {'user': ParamValue} }
    'admin.users.update': { paramsTuple: [ParamValue]; params: {'user': ParamValue} }
    'admin.users.access.update': { paramsTuple: [ParamValue]; params: {'user': ParamValue} }
    'admin.users.status.update': { paramsTuple: [ParamValue]; params: {'user': ParamValue} }
    'admin.users.two_factor.reset': { paramsTuple: [ParamValue]; params: {'user': ParamValue} }
    'admin.roles.index': { paramsTuple?: []; params?: {} }
    'admin.roles.store': { paramsTuple?: []; params?: {} }
    'admin.roles.edit': { paramsTuple: [ParamValue]; params: {'role': ParamValue} }
    'admin.roles.update': { paramsTuple: [ParamValue]; params: {'role': ParamValue} }
    'admin.roles.permissions.update': { paramsTuple: [ParamValue]; params: {'role': ParamValue} }
    'admin.roles.destroy': { paramsTuple: [ParamValue]; params: {'role': ParamValue} }
    'admin.security_events.index': { paramsTuple?: []; params?: {} }
    'api.v1.auth.token': { paramsTuple?: []; params?: {} }
    'api.v1.auth.refresh': { paramsTuple?: []; params?: {} }
    'api.v1.auth.logout': { paramsTuple?: []; params?: {} }
    'api.v1.me': { paramsTuple?: []; params?: {} }
    'api.v1.records.attachments.store': { paramsTuple: [ParamValue,ParamValue]; params: {'type': ParamValue,'id': ParamValue} }
    'api.v1.attachments.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'notifications.index': { paramsTuple?: []; params?: {} }
    'notifications.feed': { paramsTuple?: []; params?: {} }
    'notifications.read_all': { paramsTuple?: []; params?: {} }
    'notifications.read': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'notification_preferences.edit': { paramsTuple?: []; params?: {} }
    'notification_preferences.update': { paramsTuple?: []; params?: {} }
    'notification_preferences.test': { paramsTuple?: []; params?: {} }
    'records.watchers.store': { paramsTuple: [ParamValue,ParamValue]; params: {'type': ParamValue,'id': ParamValue} }
    'records.watchers.destroy': { paramsTuple: [ParamValue,ParamValue]; params: {'type': ParamValue,'id': ParamValue} }
    'transmit.events': { paramsTuple?: []; params?: {} }
    'transmit.subscribe': { paramsTuple?: []; params?: {} }
    'transmit.unsubscribe': { paramsTuple?: []; params?: {} }
  }
  GET: {
    'health': { paramsTuple?: []; params?: {} }
    'health.live': { paramsTuple?: []; params?: {} }
    'health.ready': { paramsTuple?: []; params?: {} }
    'home': { paramsTuple?: []; params?: {} }
    'session.create': { paramsTuple?: []; params?: {} }
    'two_factor.challenge': { paramsTuple?: []; params?: {} }
    'password_resets.create': { paramsTuple?: []; params?: {} }
    'password_resets.edit': { paramsTuple: [ParamValue]; params: {'token': ParamValue} }
    'two_factor.setup': { paramsTuple?: []; params?: {} }
    'two_factor.recovery_codes': { paramsTuple?: []; params?: {} }
    'dashboard': { paramsTuple?: []; params?: {} }
    'profile.show': { paramsTuple?: []; params?: {} }
    'user_sessions.index': { paramsTuple?: []; params?: {} }
    'attachments.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'attachments.thumbnail': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.users.index': { paramsTuple?: []; params?: {} }
    'admin.users.create': { paramsTuple?: []; params?: {} }
    'admin.users.edit': { paramsTuple: [ParamValue]; params: {'user': ParamValue} }
    'admin.roles.index': { paramsTuple?: []; params?: {} }
    'admin.roles.edit': { paramsTuple: [ParamValue]; params: {'role': ParamValue} }
    'admin.security_events.index': { paramsTuple?: []; params?: {} }
    'api.v1.me': { paramsTuple?: []; params?: {} }
    'api.v1.attachments.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'notifications.index': { paramsTuple?: []; params?: {} }
    'notifications.feed': { paramsTuple?: []; params?: {} }
    'notification_preferences.edit': { paramsTuple?: []; params?: {} }
    'transmit.events': { paramsTuple?: []; params?: {} }
  }
  HEAD: {
    'health': { paramsTuple?: []; params?: {} }
    'health.live': { paramsTuple?: []; params?: {} }
    'health.ready': { paramsTuple?: []; params?: {} }
    'home': { paramsTuple?: []; params?: {} }
    'session.create': { paramsTuple?: []; params?: {} }
    'two_factor.challenge': { paramsTuple?: []; params?: {} }
    'password_resets.create': { paramsTuple?: []; params?: {} }
    'password_resets.edit': { paramsTuple: [ParamValue]; params: {'token': ParamValue} }
    'two_factor.setup': { paramsTuple?: []; params?: {} }
    'two_factor.recovery_codes': { paramsTuple?: []; params?: {} }
    'dashboard': { paramsTuple?: []; params?: {} }
    'profile.show': { paramsTuple?: []; params?: {} }
    'user_sessions.index': { paramsTuple?: []; params?: {} }
    'attachments.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'attachments.thumbnail': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.users.index': { paramsTuple?: []; params?: {} }
    'admin.users.create': { paramsTuple?: []; params?: {} }
    'admin.users.edit': { paramsTuple: [ParamValue]; params: {'user': ParamValue} }
    'admin.roles.index': { paramsTuple?: []; params?: {} }
    'admin.roles.edit': { paramsTuple: [ParamValue]; params: {'role': ParamValue} }
    'admin.security_events.index': { paramsTuple?: []; params?: {} }
    'api.v1.me': { paramsTuple?: []; params?: {} }
    'api.v1.attachments.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'notifications.index': { paramsTuple?: []; params?: {} }
    'notifications.feed': { paramsTuple?: []; params?: {} }
    'notification_preferences.edit': { paramsTuple?: []; params?: {} }
    'transmit.events': { paramsTuple?: []; params?: {} }
  }
  PUT: {
    'locale.update': { paramsTuple?: []; params?: {} }
    'password_resets.update': { paramsTuple: [ParamValue]; params: {'token': ParamValue} }
    'profile.update': { paramsTuple?: []; params?: {} }
    'profile_password.update': { paramsTuple?: []; params?: {} }
    'admin.users.update': { paramsTuple: [ParamValue]; params: {'user': ParamValue} }
    'admin.users.access.update': { paramsTuple: [ParamValue]; params: {'user': ParamValue} }
    'admin.users.status.update': { paramsTuple: [ParamValue]; params: {'user': ParamValue} }
    'admin.roles.update': { paramsTuple: [ParamValue]; params: {'role': ParamValue} }
    'admin.roles.permissions.update': { paramsTuple: [ParamValue]; params: {'role': ParamValue} }
    'notifications.read_all': { paramsTuple?: []; params?: {} }
    'notifications.read': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'notification_preferences.update': { paramsTuple?: []; params?: {} }
  }
  POST: {
    'session.store': { paramsTuple?: []; params?: {} }
    'two_factor.verify': { paramsTuple?: []; params?: {} }
    'password_resets.store': { paramsTuple?: []; params?: {} }
    'two_factor.enable': { paramsTuple?: []; params?: {} }
    'two_factor.regenerate': { paramsTuple?: []; params?: {} }
    'session.destroy': { paramsTuple?: []; params?: {} }
    'records.comments.store': { paramsTuple: [ParamValue,ParamValue]; params: {'type': ParamValue,'id': ParamValue} }
    'records.attachments.store': { paramsTuple: [ParamValue,ParamValue]; params: {'type': ParamValue,'id': ParamValue} }
    'admin.users.store': { paramsTuple?: []; params?: {} }
    'admin.roles.store': { paramsTuple?: []; params?: {} }
    'api.v1.auth.token': { paramsTuple?: []; params?: {} }
    'api.v1.auth.refresh': { paramsTuple?: []; params?: {} }
    'api.v1.auth.logout': { paramsTuple?: []; params?: {} }
    'api.v1.records.attachments.store': { paramsTuple: [ParamValue,ParamValue]; params: {'type': ParamValue,'id': ParamValue} }
    'notification_preferences.test': { paramsTuple?: []; params?: {} }
    'records.watchers.store': { paramsTuple: [ParamValue,ParamValue]; params: {'type': ParamValue,'id': ParamValue} }
    'transmit.subscribe': { paramsTuple?: []; params?: {} }
    'transmit.unsubscribe': { paramsTuple?: []; params?: {} }
  }
  DELETE: {
    'two_factor.disable': { paramsTuple?: []; params?: {} }
    'user_sessions.destroy': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.users.two_factor.reset': { paramsTuple: [ParamValue]; params: {'user': ParamValue} }
    'admin.roles.destroy': { paramsTuple: [ParamValue]; params: {'role': ParamValue} }
    'records.watchers.destroy': { paramsTuple: [ParamValue,ParamValue]; params: {'type': ParamValue,'id': ParamValue} }
  }
}
declare module '@adonisjs/core/types/http' {
  export interface RoutesList extends ScannedRoutes {}
}