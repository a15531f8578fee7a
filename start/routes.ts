/*
|--------------------------------------------------------------------------
| Routes
|--------------------------------------------------------------------------
|
| Every route is named and declares who may use it, which the authorization
| matrix test checks for every role:
|   - middleware.can({ module, action }): a permission from the role tables
|     (record scoping is then up to the resource's policy);
|   - middleware.access({ to: 'everyone' }): any signed-in user;
|   - middleware.access({ to: 'public' }) or middleware.guest(): anonymous
|     by design.
|
*/

import router from '@adonisjs/core/services/router'
import { middleware } from '#start/kernel'
import { controllers } from '#generated/controllers'
import { publicReportThrottle } from '#start/limiter'

/*
| Health probes: public by design (details need HEALTH_TOKEN or an admin).
*/
router
  .group(() => {
    router.get('health', [controllers.Health, 'show']).as('health')
    router.get('health/live', [controllers.Health, 'live']).as('health.live')
    router.get('health/ready', [controllers.Health, 'show']).as('health.ready')
    router.get('/', ({ response }) => response.redirect().toRoute('dashboard')).as('home')
    router.put('locale', [controllers.Locale, 'update']).as('locale.update')
  })
  .use(middleware.access({ to: 'public' }))

/*
| Anonymous incident reports (QR code per location): public by design,
| rate-limited, and never recording who sent them.
*/
router
  .group(() => {
    router
      .get('report/location/:location', [controllers.AnonymousReports, 'create'])
      .as('anonymous_reports.create')
      .where('location', router.matchers.number())
    router
      .post('report', [controllers.AnonymousReports, 'store'])
      .as('anonymous_reports.store')
      .use(publicReportThrottle)
    router
      .get('report/status', [controllers.AnonymousReportStatuses, 'show'])
      .as('anonymous_reports.status')
    router
      .post('report/status', [controllers.AnonymousReportStatuses, 'store'])
      .as('anonymous_reports.status.check')
      .use(publicReportThrottle)
  })
  .use(middleware.access({ to: 'public' }))

router
  .group(() => {
    router.get('login', [controllers.Session, 'create']).as('session.create')
    router.post('login', [controllers.Session, 'store']).as('session.store')
    router.get('two-factor', [controllers.TwoFactorChallenge, 'create']).as('two_factor.challenge')
    router.post('two-factor', [controllers.TwoFactorChallenge, 'store']).as('two_factor.verify')
    router
      .get('forgot-password', [controllers.PasswordResets, 'create'])
      .as('password_resets.create')
    router
      .post('forgot-password', [controllers.PasswordResets, 'store'])
      .as('password_resets.store')
    router
      .get('reset-password/:token', [controllers.PasswordResets, 'edit'])
      .as('password_resets.edit')
    router
      .put('reset-password/:token', [controllers.PasswordResets, 'update'])
      .as('password_resets.update')
  })
  .use(middleware.guest())

/*
| Own two-factor settings: reachable before enrolment when a role requires it.
*/
router
  .group(() => {
    router.get('/', [controllers.TwoFactorSetup, 'show']).as('two_factor.setup')
    router.post('/', [controllers.TwoFactorSetup, 'store']).as('two_factor.enable')
    router.delete('/', [controllers.TwoFactorSetup, 'destroy']).as('two_factor.disable')
    router
      .get('recovery-codes', [controllers.TwoFactorRecoveryCodes, 'show'])
      .as('two_factor.recovery_codes')
    router
      .post('recovery-codes', [controllers.TwoFactorRecoveryCodes, 'store'])
      .as('two_factor.regenerate')
  })
  .prefix('account/two-factor')
  .use([middleware.auth(), middleware.access({ to: 'everyone' })])

router
  .group(() => {
    router
      .get('dashboard', [controllers.Dashboard, 'show'])
      .as('dashboard')
      .use(middleware.can({ module: 'dashboard', action: 'read' }))
    router
      .post('logout', [controllers.Session, 'destroy'])
      .as('session.destroy')
      .use(middleware.access({ to: 'everyone' }))
    router
      .group(() => {
        router.get('profile', [controllers.Profile, 'show']).as('profile.show')
        router.put('profile', [controllers.Profile, 'update']).as('profile.update')
        router
          .put('profile/password', [controllers.ProfilePasswords, 'update'])
          .as('profile_password.update')
        router
          .get('profile/sessions', [controllers.UserSessions, 'index'])
          .as('user_sessions.index')
        router
          .delete('profile/sessions/:id', [controllers.UserSessions, 'destroy'])
          .as('user_sessions.destroy')
      })
      .use(middleware.access({ to: 'everyone' }))

    /*
    | Incidents: everyone reports; IncidentPolicy scopes records (404/403).
    */
    router
      .group(() => {
        const incidents = controllers.Incidents
        router.get('incidents', [incidents, 'index']).as('incidents.index')
        router.get('incidents/report', [incidents, 'create']).as('incidents.create')
        router.post('incidents', [incidents, 'store']).as('incidents.store')
        /* One incident: its page, edits, workflow, investigation and OSHA recordability */
        router
          .group(() => {
            router.get('/', [incidents, 'show']).as('incidents.show')
            router.get('edit', [incidents, 'edit']).as('incidents.edit')
            router.put('/', [incidents, 'update']).as('incidents.update')
            router
              .post('transitions', [controllers.IncidentTransitions, 'store'])
              .as('incidents.transitions.store')

            /* InvestigationPolicy decides who edits and signs off */
            const investigations = controllers.Investigations
            router.get('investigation', [investigations, 'show']).as('investigations.show')
            router.put('investigation', [investigations, 'update']).as('investigations.update')
            router
              .post('investigation/sign-off', [investigations, 'signOff'])
              .as('investigations.sign_off')
            router
              .post('witness-statements', [controllers.WitnessStatements, 'store'])
              .as('witness_statements.store')

            /* RecordabilityPolicy decides who assesses and decides */
            const recordability = controllers.Recordability
            router.get('recordability', [recordability, 'show']).as('recordability.show')
            router.put('recordability', [recordability, 'update']).as('recordability.update')
            router
              .post('recordability/decision', [recordability, 'decide'])
              .as('recordability.decide')
            router.post('regulatory-report', [recordability, 'report']).as('recordability.report')
          })
          .prefix('incidents/:id')
          .where('id', router.matchers.number())
      })
      .use(middleware.access({ to: 'everyone' }))
    router
      .get('incidents/locations/:location/qr', [controllers.IncidentLocationCodes, 'show'])
      .as('incidents.location_code')
      .where('location', router.matchers.number())
      .use(middleware.can({ module: 'incidents', action: 'update' }))
    router
      .get('incidents/export', [controllers.IncidentExports, 'show'])
      .as('incidents.export')
      .use(middleware.can({ module: 'incidents', action: 'export' }))

    /*
    | Shared record mechanisms: the record type's own rules decide (404/403).
    */
    router
      .group(() => {
        router
          .post('records/:type/:id/comments', [controllers.RecordComments, 'store'])
          .as('records.comments.store')
        router
          .post('records/:type/:id/attachments', [controllers.RecordAttachments, 'store'])
          .as('records.attachments.store')
        router.get('attachments/:id', [controllers.Attachments, 'show']).as('attachments.show')
        router
          .get('attachments/:id/thumbnail', [controllers.Attachments, 'thumbnail'])
          .as('attachments.thumbnail')
        router
          .post('records/:type/:id/actions', [controllers.RecordCorrectiveActions, 'store'])
          .as('records.actions.store')
      })
      .use(middleware.access({ to: 'everyone' }))

    /*
    | Corrective actions of every module: "my actions" for everyone; the
    | source record's rules decide the rest (CorrectiveActionPolicy).
    */
    router
      .group(() => {
        const actions = controllers.CorrectiveActions
        router.get('actions', [actions, 'index']).as('corrective_actions.index')
        router.get('actions/:id', [actions, 'show']).as('corrective_actions.show')
        router.put('actions/:id', [actions, 'update']).as('corrective_actions.update')
        router
          .post('actions/:id/steps', [controllers.CorrectiveActionSteps, 'store'])
          .as('corrective_actions.steps.store')
      })
      .use(middleware.access({ to: 'everyone' }))
  })
  .use(middleware.auth())

/*
| Administration: users, roles and the permission matrix, the security log.
| Record rules (super administrators, built-in roles) are in the policies.
*/
router
  .group(() => {
    const users = controllers.admin.Users
    const roles = controllers.admin.Roles
    const canUsers = (action: 'read' | 'create' | 'update' | 'assign') =>
      middleware.can({ module: 'users', action })
    const canSettings = (action: 'read' | 'configure') =>
      middleware.can({ module: 'settings', action })

    router.get('users', [users, 'index']).as('users.index').use(canUsers('read'))
    router.get('users/create', [users, 'create']).as('users.create').use(canUsers('create'))
    router.post('users', [users, 'store']).as('users.store').use(canUsers('create'))
    router.get('users/:user/edit', [users, 'edit']).as('users.edit').use(canUsers('read'))
    router.put('users/:user', [users, 'update']).as('users.update').use(canUsers('update'))
    router
      .put('users/:user/access', [users, 'updateAccess'])
      .as('users.access.update')
      .use(canUsers('assign'))
    router
      .put('users/:user/status', [users, 'updateStatus'])
      .as('users.status.update')
      .use(canUsers('update'))
    router
      .delete('users/:user/two-factor', [users, 'resetTwoFactor'])
      .as('users.two_factor.reset')
      .use(canUsers('update'))

    router.get('roles', [roles, 'index']).as('roles.index').use(canSettings('read'))
    router.post('roles', [roles, 'store']).as('roles.store').use(canSettings('configure'))
    router.get('roles/:role/edit', [roles, 'edit']).as('roles.edit').use(canSettings('read'))
    router.put('roles/:role', [roles, 'update']).as('roles.update').use(canSettings('configure'))
    router
      .put('roles/:role/permissions', [roles, 'updatePermissions'])
      .as('roles.permissions.update')
      .use(canSettings('configure'))
    router
      .delete('roles/:role', [roles, 'destroy'])
      .as('roles.destroy')
      .use(canSettings('configure'))

    router
      .get('security-log', [controllers.admin.SecurityEvents, 'index'])
      .as('security_events.index')
      .use(canSettings('read'))
  })
  .prefix('admin')
  .as('admin')
  .use(middleware.auth())

/*
| JSON API v1: JWT bearer tokens, no CSRF (see config/shield.ts).
*/
router
  .group(() => {
    router
      .group(() => {
        router.post('auth/token', [controllers.api.v1.AuthTokens, 'store']).as('auth.token')
        router.post('auth/refresh', [controllers.api.v1.AuthTokens, 'refresh']).as('auth.refresh')
        router.get('openapi.json', [controllers.api.v1.OpenApi, 'show']).as('openapi')
      })
      .use(middleware.access({ to: 'public' }))
    router
      .group(() => {
        router.post('auth/logout', [controllers.api.v1.AuthTokens, 'destroy']).as('auth.logout')
        router.get('me', [controllers.api.v1.Me, 'show']).as('me')
        router
          .post('records/:type/:id/attachments', [controllers.api.v1.RecordAttachments, 'store'])
          .as('records.attachments.store')
        router
          .post('records/:type/:id/comments', [controllers.api.v1.RecordComments, 'store'])
          .as('records.comments.store')

        const incidents = controllers.api.v1.Incidents
        router.get('incidents', [incidents, 'index']).as('incidents.index')
        router.post('incidents', [incidents, 'store']).as('incidents.store')
        router
          .get('incidents/:id', [incidents, 'show'])
          .as('incidents.show')
          .where('id', router.matchers.number())
        router
          .put('incidents/:id', [incidents, 'update'])
          .as('incidents.update')
          .where('id', router.matchers.number())
        router
          .post('incidents/:id/transitions', [controllers.api.v1.IncidentTransitions, 'store'])
          .as('incidents.transitions.store')
          .where('id', router.matchers.number())
        router.get('attachments/:id', [controllers.Attachments, 'show']).as('attachments.show')

        const actions = controllers.api.v1.CorrectiveActions
        router.get('actions', [actions, 'index']).as('actions.index')
        router.get('actions/:id', [actions, 'show']).as('actions.show')
        router.post('actions/:id/steps', [actions, 'step']).as('actions.steps.store')
        router.post('actions/:id/evidence', [actions, 'evidence']).as('actions.evidence.store')
      })
      .use([middleware.auth({ guards: ['api'] }), middleware.access({ to: 'everyone' })])

    /* Operator diagnostics: timestamped realtime pings (see README, "Performance") */
    router
      .post('diagnostics/realtime-ping', [controllers.api.v1.RealtimePings, 'store'])
      .as('diagnostics.realtime_ping')
      .use([
        middleware.auth({ guards: ['api'] }),
        middleware.can({ module: 'settings', action: 'configure' }),
      ])
  })
  .prefix('api/v1')
  .as('api.v1')

/*
| Notifications: one's own feed and preferences (see also start/transmit.ts).
*/
router
  .group(() => {
    const notifications = controllers.Notifications
    const preferences = controllers.NotificationPreferences
    router.get('/', [notifications, 'index']).as('notifications.index')
    router.get('feed', [notifications, 'feed']).as('notifications.feed')
    router.put('read-all', [notifications, 'readAll']).as('notifications.read_all')
    router.put(':id/read', [notifications, 'update']).as('notifications.read')
    router.get('preferences', [preferences, 'edit']).as('notification_preferences.edit')
    router.put('preferences', [preferences, 'update']).as('notification_preferences.update')
    router.post('preferences/test', [preferences, 'test']).as('notification_preferences.test')
  })
  .prefix('notifications')
  .use([middleware.auth(), middleware.access({ to: 'everyone' })])

router
  .group(() => {
    router
      .post('records/:type/:id/watchers', [controllers.RecordWatchers, 'store'])
      .as('records.watchers.store')
    router
      .delete('records/:type/:id/watchers', [controllers.RecordWatchers, 'destroy'])
      .as('records.watchers.destroy')
  })
  .use([middleware.auth(), middleware.access({ to: 'everyone' })])
