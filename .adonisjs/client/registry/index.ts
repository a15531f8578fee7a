/* eslint-disable prettier/prettier */
import type { AdonisEndpoint } from '@tuyau/core/types'
import type { Registry } from './schema.d.ts'
import type { ApiDefinition } from './tree.d.ts'

const placeholder: any = {}

const routes = {
  'health': {
    methods: ["GET","HEAD"],
    pattern: '/health',
    tokens: [{"old":"/health","type":0,"val":"health","end":""}],
    types: placeholder as Registry['health']['types'],
  },
  'health.live': {
    methods: ["GET","HEAD"],
    pattern: '/health/live',
    tokens: [{"old":"/health/live","type":0,"val":"health","end":""},{"old":"/health/live","type":0,"val":"live","end":""}],
    types: placeholder as Registry['health.live']['types'],
  },
  'health.ready': {
    methods: ["GET","HEAD"],
    pattern: '/health/ready',
    tokens: [{"old":"/health/ready","type":0,"val":"health","end":""},{"old":"/health/ready","type":0,"val":"ready","end":""}],
    types: placeholder as Registry['health.ready']['types'],
  },
  'home': {
    methods: ["GET","HEAD"],
    pattern: '/',
    tokens: [{"old":"/","type":0,"val":"/","end":""}],
    types: placeholder as Registry['home']['types'],
  },
  'locale.update': {
    methods: ["PUT"],
    pattern: '/locale',
    tokens: [{"old":"/locale","type":0,"val":"locale","end":""}],
    types: placeholder as Registry['locale.update']['types'],
  },
  'session.create': {
    methods: ["GET","HEAD"],
    pattern: '/login',
    tokens: [{"old":"/login","type":0,"val":"login","end":""}],
    types: placeholder as Registry['session.create']['types'],
  },
  'session.store': {
    methods: ["POST"],
    pattern: '/login',
    tokens: [{"old":"/login","type":0,"val":"login","end":""}],
    types: placeholder as Registry['session.store']['types'],
  },
  'two_factor.challenge': {
    methods: ["GET","HEAD"],
    pattern: '/two-factor',
    tokens: [{"old":"/two-factor","type":0,"val":"two-factor","end":""}],
    types: placeholder as Registry['two_factor.challenge']['types'],
  },
  'two_factor.verify': {
    methods: ["POST"],
    pattern: '/two-factor',
    tokens: [{"old":"/two-factor","type":0,"val":"two-factor","end":""}],
    types: placeholder as Registry['two_factor.verify']['types'],
  },
  'password_resets.create': {
    methods: ["GET","HEAD"],
    pattern: '/forgot-password',
    tokens: [{"old":"/forgot-password","type":0,"val":"forgot-password","end":""}],
    types: placeholder as Registry['password_resets.create']['types'],
  },
  'password_resets.store': {
    methods: ["POST"],
    pattern: '/forgot-password',
    tokens: [{"old":"/forgot-password","type":0,"val":"forgot-password","end":""}],
    types: placeholder as Registry['password_resets.store']['types'],
  },
  'password_resets.edit': {
    methods: ["GET","HEAD"],
    pattern: '/reset-password/:token',
    tokens: [{"old":"/reset-password/:token","type":0,"val":"reset-password","end":""},{"old":"/reset-password/:token","type":1,"val":"token","end":""}],
    types: placeholder as Registry['password_resets.edit']['types'],
  },
  'password_resets.update': {
    methods: ["PUT"],
    pattern: '/reset-password/:token',
    tokens: [{"old":"/reset-password/:token","type":0,"val":"reset-password","end":""},{"old":"/reset-password/:token","type":1,"val":"token","end":""}],
    types: placeholder as Registry['password_resets.update']['types'],
  },
  'two_factor.setup': {
    methods: ["GET","HEAD"],
    pattern: '/account/two-factor',
    tokens: [{"old":"/account/two-factor","type":0,"val":"account","end":""},{"old":"/account/two-factor","type":0,"val":"two-factor","end":""}],
    types: placeholder as Registry['two_factor.setup']['types'],
  },
  'two_factor.enable': {
    methods: ["POST"],
    pattern: '/account/two-factor',
    tokens: [{"old":"/account/two-factor","type":0,"val":"account","end":""},{"old":"/account/two-factor","type":0,"val":"two-factor","end":""}],
    types: placeholder as Registry['two_factor.enable']['types'],
  },
  'two_factor.disable': {
    methods: ["DELETE"],
    pattern: '/account/two-factor',
    tokens: [{"old":"/account/two-factor","type":0,"val":"account","end":""},{"old":"/account/two-factor","type":0,"val":"two-factor","end":""}],
    types: placeholder as Registry['two_factor.disable']['types'],
  },
  'two_factor.recovery_codes': {
    methods: ["GET","HEAD"],
    pattern: '/account/two-factor/recovery-codes',
    tokens: [{"old":"/account/two-factor/recovery-codes","type":0,"val":"account","end":""},{"old":"/account/two-factor/recovery-codes","type":0,"val":"two-factor","end":""},{"old":"/account/two-factor/recovery-codes","type":0,"val":"recovery-codes","end":""}],
    types: placeholder as Registry['two_factor.recovery_codes']['types'],
  },
  'two_factor.regenerate': {
    methods: ["POST"],
    pattern: '/account/two-factor/recovery-codes',
    tokens: [{"old":"/account/two-factor/recovery-codes","type":0,"val":"account","end":""},{"old":"/account/two-factor/recovery-codes","type":0,"val":"two-factor","end":""},{"old":"/account/two-factor/recovery-codes","type":0,"val":"recovery-codes","end":""}],
    types: placeholder as Registry['two_factor.regenerate']['types'],
  },
  'dashboard': {
    methods: ["GET","HEAD"],
    pattern: '/dashboard',
    tokens: [{"old":"/dashboard","type":0,"val":"dashboard","end":""}],
    types: placeholder as Registry['dashboard']['types'],
  },
  'session.destroy': {
    methods: ["POST"],
    pattern: '/logout',
    tokens: [{"old":"/logout","type":0,"val":"logout","end":""}],
    types: placeholder as Registry['session.destroy']['types'],
  },
  'profile.show': {
    methods: ["GET","HEAD"],
    pattern: '/profile',
    tokens: [{"old":"/profile","type":0,"val":"profile","end":""}],
    types: placeholder as Registry['profile.show']['types'],
  },
  'profile.update': {
    methods: ["PUT"],
    pattern: '/profile',
    tokens: [{"old":"/profile","type":0,"val":"profile","end":""}],
    types: placeholder as Registry['profile.update']['types'],
  },
  'profile_password.update': {
    methods: ["PUT"],
    pattern: '/profile/password',
    tokens: [{"old":"/profile/password","type":0,"val":"profile","end":""},{"old":"/profile/password","type":0,"val":"password","end":""}],
    types: placeholder as Registry['profile_password.update']['types'],
  },
  'user_sessions.index': {
    methods: ["GET","HEAD"],
    pattern: '/profile/sessions',
    tokens: [{"old":"/profile/sessions","type":0,"val":"profile","end":""},{"old":"/profile/sessions","type":0,"val":"sessions","end":""}],
    types: placeholder as Registry['user_sessions.index']['types'],
  },
  'user_sessions.destroy': {
    methods: ["DELETE"],
    pattern: '/profile/sessions/:id',
    tokens: [{"old":"/profile/sessions/:id","type":0,"val":"profile","end":""},{"old":"/profile/sessions/:id","type":0,"val":"sessions","end":""},{"old":"/profile/sessions/:id","type":1,"val":"id","end":""}],
    types: placeholder as Registry['user_sessions.destroy']['types'],
  },
  'records.comments.store': {
    methods: ["POST"],
    pattern: '/records/:type/:id/comments',
    tokens: [{"old":"/records/:type/:id/comments","type":0,"val":"records","end":""},{"old":"/records/:type/:id/comments","type":1,"val":"type","end":""},{"old":"/records/:type/:id/comments","type":1,"val":"id","end":""},{"old":"/records/:type/:id/comments","type":0,"val":"comments","end":""}],
    types: placeholder as Registry['records.comments.store']['types'],
  },
  'records.attachments.store': {
    methods: ["POST"],
    pattern: '/records/:type/:id/attachments',
    tokens: [{"old":"/records/:type/:id/attachments","type":0,"val":"records","end":""},{"old":"/records/:type/:id/attachments","type":1,"val":"type","end":""},{"old":"/records/:type/:id/attachments","type":1,"val":"id","end":""},{"old":"/records/:type/:id/attachments","type":0,"val":"attachments","end":""}],
    types: placeholder as Registry['records.attachments.store']['types'],
  },
  'attachments.show': {
    methods: ["GET","HEAD"],
    pattern: '/attachments/:id',
    tokens: [{"old":"/attachments/:id","type":0,"val":"attachments","end":""},{"old":"/attachments/:id","type":1,"val":"id","end":""}],
    types: placeholder as Registry['attachments.show']['types'],
  },
  'attachments.thumbnail': {
    methods: ["GET","HEAD"],
    pattern: '/attachments/:id/thumbnail',
    tokens: [{"old":"/attachments/:id/thumbnail","type":0,"val":"attachments","end":""},{"old":"/attachments/:id/thumbnail","type":1,"val":"id","end":""},{"old":"/attachments/:id/thumbnail","type":0,"val":"thumbnail","end":""}],
    types: placeholder as Registry['attachments.thumbnail']['types'],
  },
  'admin.users.index': {
    methods: ["GET","HEAD"],
    pattern: '/admin/users',
    tokens: [{"old":"/admin/users","type":0,"val":"admin","end":""},{"old":"/admin/users","type":0,"val":"users","end":""}],
    types: placeholder as Registry['admin.users.index']['types'],
  },
  'admin.users.create': {
    methods: ["GET","HEAD"],
    pattern: '/admin/users/create',
    tokens: [{"old":"/admin/users/create","type":0,"val":"admin","end":""},{"old":"/admin/users/create","type":0,"val":"users","end":""},{"old":"/admin/users/create","type":0,"val":"create","end":""}],
    types: placeholder as Registry['admin.users.create']['types'],
  },
  'admin.users.store': {
    methods: ["POST"],
    pattern: '/admin/users',
    tokens: [{"old":"/admin/users","type":0,"val":"admin","end":""},{"old":"/admin/users","type":0,"val":"users","end":""}],
    types: placeholder as Registry['admin.users.store']['types'],
  },
  'admin.users.edit': {
    methods: ["GET","HEAD"],
    pattern: '/admin/users/:user/edit',
    tokens: [{"old":"/admin/users/:user/edit","type":0,"val":"admin","end":""},{"old":"/admin/users/:user/edit","type":0,"val":"users","end":""},{"old":"/admin/users/:user/edit","type":1,"val":"user","end":""},{"old":"/admin/users/:user/edit","type":0,"val":"edit","end":""}],
    types: placeholder as Registry['admin.users.edit']['types'],
  },
  'admin.users.update': {
    methods: ["PUT"],
    pattern: '/admin/users/:user',
    tokens: [{"old":"/admin/users/:user","type":0,"val":"admin","end":""},{"old":"/admin/users/:user","type":0,"val":"users","end":""},{"old":"/admin/users/:user","type":1,"val":"user","end":""}],
    types: placeholder as Registry['admin.users.update']['types'],
  },
  'admin.users.access.update': {
    methods: ["PUT"],
    pattern: '/admin/users/:user/access',
    tokens: [{"old":"/admin/users/:user/access","type":0,"val":"admin","end":""},{"old":"/admin/users/:user/access","type":0,"val":"users","end":""},{"old":"/admin/users/:user/access","type":1,"val":"user","end":""},{"old":"/admin/users/:user/access","type":0,"val":"access","end":""}],
    types: placeholder as Registry['admin.users.access.update']['types'],
  },
  'admin.users.status.update': {
    methods: ["PUT"],
    pattern: '/admin/users/:user/status',
    tokens: [{"old":"/admin/users/:user/status","type":0,"val":"admin","end":""},{"old":"/admin/users/:user/status","type":0,"val":"users","end":""},{"old":"/admin/users/:user/status","type":1,"val":"user","end":""},{"old":"/admin/users/:user/status","type":0,"val":"status","end":""}],
    types: placeholder as Registry['admin.users.status.update']['types'],
  },
  'admin.users.two_factor.reset': {
    methods: ["DELETE"],
    pattern: '/admin/users/:user/two-factor',
    tokens: [{"old":"/admin/users/:user/two-factor","type":0,"val":"admin","end":""},{"old":"/admin/users/:user/two-factor","type":0,"val":"users","end":""},{"old":"/admin/users/:user/two-factor","type":1,"val":"user","end":""},{"old":"/admin/users/:user/two-factor","type":0,"val":"two-factor","end":""}],
    types: placeholder as Registry['admin.users.two_factor.reset']['types'],
  },
  'admin.roles.index': {
    methods: ["GET","HEAD"],
    pattern: '/admin/roles',
    tokens: [{"old":"/admin/roles","type":0,"val":"admin","end":""},{"old":"/admin/roles","type":0,"val":"roles","end":""}],
    types: placeholder as Registry['admin.roles.index']['types'],
  },
  'admin.roles.store': {
    methods: ["POST"],
    pattern: '/admin/roles',
    tokens: [{"old":"/admin/roles","type":0,"val":"admin","end":""},{"old":"/admin/roles","type":0,"val":"roles","end":""}],
    types: placeholder as Registry['admin.roles.store']['types'],
  },
  'admin.roles.edit': {
    methods: ["GET","HEAD"],
    pattern: '/admin/roles/:role/edit',
    tokens: [{"old":"/admin/roles/:role/edit","type":0,"val":"admin","end":""},{"old":"/admin/roles/:role/edit","type":0,"val":"roles","end":""},{"old":"/admin/roles/:role/edit","type":1,"val":"role","end":""},{"old":"/admin/roles/:role/edit","type":0,"val":"edit","end":""}],
    types: placeholder as Registry['admin.roles.edit']['types'],
  },
  'admin.roles.update': {
    methods: ["PUT"],
    pattern: '/admin/roles/:role',
    tokens: [{"old":"/admin/roles/:role","type":0,"val":"admin","end":""},{"old":"/admin/roles/:role","type":0,"val":"roles","end":""},{"old":"/admin/roles/:role","type":1,"val":"role","end":""}],
    types: placeholder as Registry['admin.roles.update']['types'],
  },
  'admin.roles.permissions.update': {
    methods: ["PUT"],
    pattern: '/admin/roles/:role/permissions',
    tokens: [{"old":"/admin/roles/:role/permissions","type":0,"val":"admin","end":""},{"old":"/admin/roles/:role/permissions","type":0,"val":"roles","end":""},{"old":"/admin/roles/:role/permissions","type":1,"val":"role","end":""},{"old":"/admin/roles/:role/permissions","type":0,"val":"permissions","end":""}],
    types: placeholder as Registry['admin.roles.permissions.update']['types'],
  },
  'admin.roles.destroy': {
    methods: ["DELETE"],
    pattern: '/admin/roles/:role',
    tokens: [{"old":"/admin/roles/:role","type":0,"val":"admin","end":""},{"old":"/admin/roles/:role","type":0,"val":"roles","end":""},{"old":"/admin/roles/:role","type":1,"val":"role","end":""}],
    types: placeholder as Registry['admin.roles.destroy']['types'],
  },
  'admin.security_events.index': {
    methods: ["GET","HEAD"],
    pattern: '/admin/security-log',
    tokens: [{"old":"/admin/security-log","type":0,"val":"admin","end":""},{"old":"/admin/security-log","type":0,"val":"security-log","end":""}],
    types: placeholder as Registry['admin.security_events.index']['types'],
  },
  'api.v1.auth.token': {
    methods: ["POST"],
    pattern: '/api/v1/auth/token',
    tokens: [{"old":"/api/v1/auth/token","type":0,"val":"api","end":""},{"old":"/api/v1/auth/token","type":0,"val":"v1","end":""},{"old":"/api/v1/auth/token","type":0,"val":"auth","end":""},{"old":"/api/v1/auth/token","type":0,"val":"token","end":""}],
    types: placeholder as Registry['api.v1.auth.token']['types'],
  },
  'api.v1.auth.refresh': {
    methods: ["POST"],
    pattern: '/api/v1/auth/refresh',
    tokens: [{"old":"/api/v1/auth/refresh","type":0,"val":"api","end":""},{"old":"/api/v1/auth/refresh","type":0,"val":"v1","end":""},{"old":"/api/v1/auth/refresh","type":0,"val":"auth","end":""},{"old":"/api/v1/auth/refresh","type":0,"val":"refresh","end":""}],
    types: placeholder as Registry['api.v1.auth.refresh']['types'],
  },
  'api.v1.auth.logout': {
    methods: ["POST"],
    pattern: '/api/v1/auth/logout',
    tokens: [{"old":"/api/v1/auth/logout","type":0,"val":"api","end":""},{"old":"/api/v1/auth/logout","type":0,"val":"v1","end":""},{"old":"/api/v1/auth/logout","type":0,"val":"auth","end":""},{"old":"/api/v1/auth/logout","type":0,"val":"logout","end":""}],
    types: placeholder as Registry['api.v1.auth.logout']['types'],
  },
  'api.v1.me': {
    methods: ["GET","HEAD"],
    pattern: '/api/v1/me',
    tokens: [{"old":"/api/v1/me","type":0,"val":"api","end":""},{"old":"/api/v1/me","type":0,"val":"v1","end":""},{"old":"/api/v1/me","type":0,"val":"me","end":""}],
    types: placeholder as Registry['api.v1.me']['types'],
  },
  'api.v1.records.attachments.store': {
    methods: ["POST"],
    pattern: '/api/v1/records/:type/:id/attachments',
    tokens: [{"old":"/api/v1/records/:type/:id/attachments","type":0,"val":"api","end":""},{"old":"/api/v1/records/:type/:id/attachments","type":0,"val":"v1","end":""},{"old":"/api/v1/records/:type/:id/attachments","type":0,"val":"records","end":""},{"old":"/api/v1/records/:type/:id/attachments","type":1,"val":"type","end":""},{"old":"/api/v1/records/:type/:id/attachments","type":1,"val":"id","end":""},{"old":"/api/v1/records/:type/:id/attachments","type":0,"val":"attachments","end":""}],
    types: placeholder as Registry['api.v1.records.attachments.store']['types'],
  },
  'api.v1.attachments.show': {
    methods: ["GET","HEAD"],
    pattern: '/api/v1/attachments/:id',
    tokens: [{"old":"/api/v1/attachments/:id","type":0,"val":"api","end":""},{"old":"/api/v1/attachments/:id","type":0,"val":"v1","end":""},{"old":"/api/v1/attachments/:id","type":0,"val":"attachments","end":""},{"old":"/api/v1/attachments/:id","type":1,"val":"id","end":""}],
    types: placeholder as Registry['api.v1.attachments.show']['types'],
  },
  'notifications.index': {
    methods: ["GET","HEAD"],
    pattern: '/notifications',
    tokens: [{"old":"/notifications","type":0,"val":"notifications","end":""}],
    types: placeholder as Registry['notifications.index']['types'],
  },
  'notifications.feed': {
    methods: ["GET","HEAD"],
    pattern: '/notifications/feed',
    tokens: [{"old":"/notifications/feed","type":0,"val":"notifications","end":""},{"old":"/notifications/feed","type":0,"val":"feed","end":""}],
    types: placeholder as Registry['notifications.feed']['types'],
  },
  'notifications.read_all': {
    methods: ["PUT"],
    pattern: '/notifications/read-all',
    tokens: [{"old":"/notifications/read-all","type":0,"val":"notifications","end":""},{"old":"/notifications/read-all","type":0,"val":"read-all","end":""}],
    types: placeholder as Registry['notifications.read_all']['types'],
  },
  'notifications.read': {
    methods: ["PUT"],
    pattern: '/notifications/:id/read',
    tokens: [{"old":"/notifications/:id/read","type":0,"val":"notifications","end":""},{"old":"/notifications/:id/read","type":1,"val":"id","end":""},{"old":"/notifications/:id/read","type":0,"val":"read","end":""}],
    types: placeholder as Registry['notifications.read']['types'],
  },
  'notification_preferences.edit': {
    methods: ["GET","HEAD"],
    pattern: '/notifications/preferences',
    tokens: [{"old":"/notifications/preferences","type":0,"val":"notifications","end":""},{"old":"/notifications/preferences","type":0,"val":"preferences","end":""}],
    types: placeholder as Registry['notification_preferences.edit']['types'],
  },
  'notification_preferences.update': {
    methods: ["PUT"],
    pattern: '/notifications/preferences',
    tokens: [{"old":"/notifications/preferences","type":0,"val":"notifications","end":""},{"old":"/notifications/preferences","type":0,"val":"preferences","end":""}],
    types: placeholder as Registry['notification_preferences.update']['types'],
  },
  'notification_preferences.test': {
    methods: ["POST"],
    pattern: '/notifications/preferences/test',
    tokens: [{"old":"/notifications/preferences/test","type":0,"val":"notifications","end":""},{"old":"/notifications/preferences/test","type":0,"val":"preferences","end":""},{"old":"/notifications/preferences/test","type":0,"val":"test","end":""}],
    types: placeholder as Registry['notification_preferences.test']['types'],
  },
  'records.watchers.store': {
    methods: ["POST"],
    pattern: '/records/:type/:id/watchers',
    tokens: [{"old":"/records/:type/:id/watchers","type":0,"val":"records","end":""},{"old":"/records/:type/:id/watchers","type":1,"val":"type","end":""},{"old":"/records/:type/:id/watchers","type":1,"val":"id","end":""},{"old":"/records/:type/:id/watchers","type":0,"val":"watchers","end":""}],
    types: placeholder as Registry['records.watchers.store']['types'],
  },
  'records.watchers.destroy': {
    methods: ["DELETE"],
    pattern: '/records/:type/:id/watchers',
    tokens: [{"old":"/records/:type/:id/watchers","type":0,"val":"records","end":""},{"old":"/records/:type/:id/watchers","type":1,"val":"type","end":""},{"old":"/records/:type/:id/watchers","type":1,"val":"id","end":""},{"old":"/records/:type/:id/watchers","type":0,"val":"watchers","end":""}],
    types: placeholder as Registry['records.watchers.destroy']['types'],
  },
  'transmit.events': {
    methods: ["GET","HEAD"],
    pattern: '/__transmit/events',
    tokens: [{"old":"/__transmit/events","type":0,"val":"__transmit","end":""},{"old":"/__transmit/events","type":0,"val":"events","end":""}],
    types: placeholder as Registry['transmit.events']['types'],
  },
  'transmit.subscribe': {
    methods: ["POST"],
    pattern: '/__transmit/subscribe',
    tokens: [{"old":"/__transmit/subscribe","type":0,"val":"__transmit","end":""},{"old":"/__transmit/subscribe","type":0,"val":"subscribe","end":""}],
    types: placeholder as Registry['transmit.subscribe']['types'],
  },
  'transmit.unsubscribe': {
    methods: ["POST"],
    pattern: '/__transmit/unsubscribe',
    tokens: [{"old":"/__transmit/unsubscribe","type":0,"val":"__transmit","end":""},{"old":"/__transmit/unsubscribe","type":0,"val":"unsubscribe","end":""}],
    types: placeholder as Registry['transmit.unsubscribe']['types'],
  },
} as const satisfies Record<string, AdonisEndpoint>

export { routes }

export const registry = {
  routes,
  $tree: {} as ApiDefinition,
}

declare module '@tuyau/core/types' {
  export interface UserRegistry {
    routes: typeof routes
    $tree: ApiDefinition
  }
}
