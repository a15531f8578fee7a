import '@adonisjs/core/types/http'

type ParamValue = string | number | bigint | boolean

export type ScannedRoutes = {
  ALL: {
    'transmit.events': { paramsTuple?: []; params?: {} }
    'transmit.subscribe': { paramsTuple?: []; params?: {} }
    'transmit.unsubscribe': { paramsTuple?: []; params?: {} }
    'health': { paramsTuple?: []; params?: {} }
    'health.live': { paramsTuple?: []; params?: {} }
    'health.ready': { paramsTuple?: []; params?: {} }
    'home': { paramsTuple?: []; params?: {} }
    'locale.update': { paramsTuple?: []; params?: {} }
    'anonymous_reports.create': { paramsTuple: [ParamValue]; params: {'location': ParamValue} }
    'anonymous_reports.store': { paramsTuple?: []; params?: {} }
    'anonymous_reports.status': { paramsTuple?: []; params?: {} }
    'anonymous_reports.status.check': { paramsTuple?: []; params?: {} }
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
    'incidents.index': { paramsTuple?: []; params?: {} }
    'incidents.create': { paramsTuple?: []; params?: {} }
    'incidents.store': { paramsTuple?: []; params?: {} }
    'incidents.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'incidents.edit': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'incidents.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'incidents.transitions.store': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'investigations.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'investigations.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'investigations.sign_off': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'witness_statements.store': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'recordability.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'recordability.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'recordability.decide': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'recordability.report': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'incidents.location_code': { paramsTuple: [ParamValue]; params: {'location': ParamValue} }
    'incidents.export': { paramsTuple?: []; params?: {} }
    'records.comments.store': { paramsTuple: [ParamValue,ParamValue]; params: {'type': ParamValue,'id': ParamValue} }
    'records.attachments.store': { paramsTuple: [ParamValue,ParamValue]; params: {'type': ParamValue,'id': ParamValue} }
    'attachments.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'attachments.thumbnail': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'records.actions.store': { paramsTuple: [ParamValue,ParamValue]; params: {'type': ParamValue,'id': ParamValue} }
    'corrective_actions.index': { paramsTuple?: []; params?: {} }
    'corrective_actions.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'corrective_actions.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'corrective_actions.steps.store': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
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
    'api.v1.openapi': { paramsTuple?: []; params?: {} }
    'api.v1.auth.logout': { paramsTuple?: []; params?: {} }
    'api.v1.me': { paramsTuple?: []; params?: {} }
    'api.v1.records.attachments.store': { paramsTuple: [ParamValue,ParamValue]; params: {'type': ParamValue,'id': ParamValue} }
    'api.v1.records.comments.store': { paramsTuple: [ParamValue,ParamValue]; params: {'type': ParamValue,'id': ParamValue} }
    'api.v1.incidents.index': { paramsTuple?: []; params?: {} }
    'api.v1.incidents.store': { paramsTuple?: []; params?: {} }
    'api.v1.incidents.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.incidents.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.incidents.transitions.store': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.attachments.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.actions.index': { paramsTuple?: []; params?: {} }
    'api.v1.actions.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.actions.steps.store': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.actions.evidence.store': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.diagnostics.realtime_ping': { paramsTuple?: []; params?: {} }
    'notifications.index': { paramsTuple?: []; params?: {} }
    'notifications.feed': { paramsTuple?: []; params?: {} }
    'notifications.read_all': { paramsTuple?: []; params?: {} }
    'notifications.read': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'notification_preferences.edit': { paramsTuple?: []; params?: {} }
    'notification_preferences.update': { paramsTuple?: []; params?: {} }
    'notification_preferences.test': { paramsTuple?: []; params?: {} }
    'records.watchers.store': { paramsTuple: [ParamValue,ParamValue]; params: {'type': ParamValue,'id': ParamValue} }
    'records.watchers.destroy': { paramsTuple: [ParamValue,ParamValue]; params: {'type': ParamValue,'id': ParamValue} }
  }
  GET: {
    'transmit.events': { paramsTuple?: []; params?: {} }
    'health': { paramsTuple?: []; params?: {} }
    'health.live': { paramsTuple?: []; params?: {} }
    'health.ready': { paramsTuple?: []; params?: {} }
    'home': { paramsTuple?: []; params?: {} }
    'anonymous_reports.create': { paramsTuple: [ParamValue]; params: {'location': ParamValue} }
    'anonymous_reports.status': { paramsTuple?: []; params?: {} }
    'session.create': { paramsTuple?: []; params?: {} }
    'two_factor.challenge': { paramsTuple?: []; params?: {} }
    'password_resets.create': { paramsTuple?: []; params?: {} }
    'password_resets.edit': { paramsTuple: [ParamValue]; params: {'token': ParamValue} }
    'two_factor.setup': { paramsTuple?: []; params?: {} }
    'two_factor.recovery_codes': { paramsTuple?: []; params?: {} }
    'dashboard': { paramsTuple?: []; params?: {} }
    'profile.show': { paramsTuple?: []; params?: {} }
    'user_sessions.index': { paramsTuple?: []; params?: {} }
    'incidents.index': { paramsTuple?: []; params?: {} }
    'incidents.create': { paramsTuple?: []; params?: {} }
    'incidents.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'incidents.edit': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'investigations.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'recordability.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'incidents.location_code': { paramsTuple: [ParamValue]; params: {'location': ParamValue} }
    'incidents.export': { paramsTuple?: []; params?: {} }
    'attachments.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'attachments.thumbnail': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'corrective_actions.index': { paramsTuple?: []; params?: {} }
    'corrective_actions.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.users.index': { paramsTuple?: []; params?: {} }
    'admin.users.create': { paramsTuple?: []; params?: {} }
    'admin.users.edit': { paramsTuple: [ParamValue]; params: {'user': ParamValue} }
    'admin.roles.index': { paramsTuple?: []; params?: {} }
    'admin.roles.edit': { paramsTuple: [ParamValue]; params: {'role': ParamValue} }
    'admin.security_events.index': { paramsTuple?: []; params?: {} }
    'api.v1.openapi': { paramsTuple?: []; params?: {} }
    'api.v1.me': { paramsTuple?: []; params?: {} }
    'api.v1.incidents.index': { paramsTuple?: []; params?: {} }
    'api.v1.incidents.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.attachments.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.actions.index': { paramsTuple?: []; params?: {} }
    'api.v1.actions.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'notifications.index': { paramsTuple?: []; params?: {} }
    'notifications.feed': { paramsTuple?: []; params?: {} }
    'notification_preferences.edit': { paramsTuple?: []; params?: {} }
  }
  HEAD: {
    'transmit.events': { paramsTuple?: []; params?: {} }
    'health': { paramsTuple?: []; params?: {} }
    'health.live': { paramsTuple?: []; params?: {} }
    'health.ready': { paramsTuple?: []; params?: {} }
    'home': { paramsTuple?: []; params?: {} }
    'anonymous_reports.create': { paramsTuple: [ParamValue]; params: {'location': ParamValue} }
    'anonymous_reports.status': { paramsTuple?: []; params?: {} }
    'session.create': { paramsTuple?: []; params?: {} }
    'two_factor.challenge': { paramsTuple?: []; params?: {} }
    'password_resets.create': { paramsTuple?: []; params?: {} }
    'password_resets.edit': { paramsTuple: [ParamValue]; params: {'token': ParamValue} }
    'two_factor.setup': { paramsTuple?: []; params?: {} }
    'two_factor.recovery_codes': { paramsTuple?: []; params?: {} }
    'dashboard': { paramsTuple?: []; params?: {} }
    'profile.show': { paramsTuple?: []; params?: {} }
    'user_sessions.index': { paramsTuple?: []; params?: {} }
    'incidents.index': { paramsTuple?: []; params?: {} }
    'incidents.create': { paramsTuple?: []; params?: {} }
    'incidents.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'incidents.edit': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'investigations.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'recordability.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'incidents.location_code': { paramsTuple: [ParamValue]; params: {'location': ParamValue} }
    'incidents.export': { paramsTuple?: []; params?: {} }
    'attachments.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'attachments.thumbnail': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'corrective_actions.index': { paramsTuple?: []; params?: {} }
    'corrective_actions.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.users.index': { paramsTuple?: []; params?: {} }
    'admin.users.create': { paramsTuple?: []; params?: {} }
    'admin.users.edit': { paramsTuple: [ParamValue]; params: {'user': ParamValue} }
    'admin.roles.index': { paramsTuple?: []; params?: {} }
    'admin.roles.edit': { paramsTuple: [ParamValue]; params: {'role': ParamValue} }
    'admin.security_events.index': { paramsTuple?: []; params?: {} }
    'api.v1.openapi': { paramsTuple?: []; params?: {} }
    'api.v1.me': { paramsTuple?: []; params?: {} }
    'api.v1.incidents.index': { paramsTuple?: []; params?: {} }
    'api.v1.incidents.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.attachments.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.actions.index': { paramsTuple?: []; params?: {} }
    'api.v1.actions.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'notifications.index': { paramsTuple?: []; params?: {} }
    'notifications.feed': { paramsTuple?: []; params?: {} }
    'notification_preferences.edit': { paramsTuple?: []; params?: {} }
  }
  POST: {
    'transmit.subscribe': { paramsTuple?: []; params?: {} }
    'transmit.unsubscribe': { paramsTuple?: []; params?: {} }
    'anonymous_reports.store': { paramsTuple?: []; params?: {} }
    'anonymous_reports.status.check': { paramsTuple?: []; params?: {} }
    'session.store': { paramsTuple?: []; params?: {} }
    'two_factor.verify': { paramsTuple?: []; params?: {} }
    'password_resets.store': { paramsTuple?: []; params?: {} }
    'two_factor.enable': { paramsTuple?: []; params?: {} }
    'two_factor.regenerate': { paramsTuple?: []; params?: {} }
    'session.destroy': { paramsTuple?: []; params?: {} }
    'incidents.store': { paramsTuple?: []; params?: {} }
    'incidents.transitions.store': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'investigations.sign_off': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'witness_statements.store': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'recordability.decide': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'recordability.report': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'records.comments.store': { paramsTuple: [ParamValue,ParamValue]; params: {'type': ParamValue,'id': ParamValue} }
    'records.attachments.store': { paramsTuple: [ParamValue,ParamValue]; params: {'type': ParamValue,'id': ParamValue} }
    'records.actions.store': { paramsTuple: [ParamValue,ParamValue]; params: {'type': ParamValue,'id': ParamValue} }
    'corrective_actions.steps.store': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.users.store': { paramsTuple?: []; params?: {} }
    'admin.roles.store': { paramsTuple?: []; params?: {} }
    'api.v1.auth.token': { paramsTuple?: []; params?: {} }
    'api.v1.auth.refresh': { paramsTuple?: []; params?: {} }
    'api.v1.auth.logout': { paramsTuple?: []; params?: {} }
    'api.v1.records.attachments.store': { paramsTuple: [ParamValue,ParamValue]; params: {'type': ParamValue,'id': ParamValue} }
    'api.v1.records.comments.store': { paramsTuple: [ParamValue,ParamValue]; params: {'type': ParamValue,'id': ParamValue} }
    'api.v1.incidents.store': { paramsTuple?: []; params?: {} }
    'api.v1.incidents.transitions.store': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.actions.steps.store': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.actions.evidence.store': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api.v1.diagnostics.realtime_ping': { paramsTuple?: []; params?: {} }
    'notification_preferences.test': { paramsTuple?: []; params?: {} }
    'records.watchers.store': { paramsTuple: [ParamValue,ParamValue]; params: {'type': ParamValue,'id': ParamValue} }
  }
  PUT: {
    'locale.update': { paramsTuple?: []; params?: {} }
    'password_resets.update': { paramsTuple: [ParamValue]; params: {'token': ParamValue} }
    'profile.update': { paramsTuple?: []; params?: {} }
    'profile_password.update': { paramsTuple?: []; params?: {} }
    'incidents.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'investigations.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'recordability.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'corrective_actions.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.users.update': { paramsTuple: [ParamValue]; params: {'user': ParamValue} }
    'admin.users.access.update': { paramsTuple: [ParamValue]; params: {'user': ParamValue} }
    'admin.users.status.update': { paramsTuple: [ParamValue]; params: {'user': ParamValue} }
    'admin.roles.update': { paramsTuple: [ParamValue]; params: {'role': ParamValue} }
    'admin.roles.permissions.update': { paramsTuple: [ParamValue]; params: {'role': ParamValue} }
    'api.v1.incidents.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'notifications.read_all': { paramsTuple?: []; params?: {} }
    'notifications.read': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'notification_preferences.update': { paramsTuple?: []; params?: {} }
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