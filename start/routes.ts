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

router
  .group(() => {
    router.get('login', [controllers.Session, 'create']).as('session.create')
    router.post('login', [controllers.Session, 'store']).as('session.store')
    router.get('two-factor', [controllers.TwoFactorChallenge, 'create']).as('two_factor.challenge')
    router.post('two-factor', [controllers.TwoFactorChallenge, 'store']).as('two_factor.verify')
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
  })
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
      })
      .use(middleware.access({ to: 'public' }))
    router
      .group(() => {
        router.post('auth/logout', [controllers.api.v1.AuthTokens, 'destroy']).as('auth.logout')
        router.get('me', [controllers.api.v1.Me, 'show']).as('me')
      })
      .use([middleware.auth({ guards: ['api'] }), middleware.access({ to: 'everyone' })])
  })
  .prefix('api/v1')
  .as('api.v1')
