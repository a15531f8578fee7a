/*
|--------------------------------------------------------------------------
| Routes
|--------------------------------------------------------------------------
|
| Every route is named and every route decides who may use it: guest-only,
| authenticated plus a policy/ability check in the controller, or public
| by design (health probes).
|
*/

import router from '@adonisjs/core/services/router'
import { middleware } from '#start/kernel'
import { controllers } from '#generated/controllers'

/*
| Health probes: public by design (details need HEALTH_TOKEN or an admin).
*/
router.get('health', [controllers.Health, 'show']).as('health')
router.get('health/live', [controllers.Health, 'live']).as('health.live')
router.get('health/ready', [controllers.Health, 'show']).as('health.ready')

router.get('/', ({ response }) => response.redirect().toRoute('dashboard')).as('home')

router
  .group(() => {
    router.get('login', [controllers.Session, 'create']).as('session.create')
    router.post('login', [controllers.Session, 'store']).as('session.store')
    router.get('two-factor', [controllers.TwoFactorChallenge, 'create']).as('two_factor.challenge')
    router.post('two-factor', [controllers.TwoFactorChallenge, 'store']).as('two_factor.verify')
  })
  .use(middleware.guest())

router.put('locale', [controllers.Locale, 'update']).as('locale.update')

router
  .group(() => {
    router.get('dashboard', [controllers.Dashboard, 'show']).as('dashboard')
    router.post('logout', [controllers.Session, 'destroy']).as('session.destroy')
  })
  .use(middleware.auth())

/*
| JSON API v1: JWT bearer tokens, no CSRF (see config/shield.ts).
*/
router
  .group(() => {
    router.post('auth/token', [controllers.api.v1.AuthTokens, 'store']).as('auth.token')
    router.post('auth/refresh', [controllers.api.v1.AuthTokens, 'refresh']).as('auth.refresh')
    router
      .group(() => {
        router.post('auth/logout', [controllers.api.v1.AuthTokens, 'destroy']).as('auth.logout')
        router.get('me', [controllers.api.v1.Me, 'show']).as('me')
      })
      .use(middleware.auth({ guards: ['api'] }))
  })
  .prefix('api/v1')
  .as('api.v1')
