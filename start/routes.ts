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
