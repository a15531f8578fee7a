/*
|--------------------------------------------------------------------------
| HTTP kernel
|--------------------------------------------------------------------------
|
| Server middleware runs for every request, router middleware for requests
| that match a route. Named middleware is attached per route. The API
| (/api/*) is stateless: it skips what only browsers need (browserOnly).
|
*/

import router from '@adonisjs/core/services/router'
import server from '@adonisjs/core/services/server'
import { browserOnly } from '#middleware/browser_only'

server.errorHandler(() => import('#exceptions/handler'))

server.use([
  () => import('#middleware/health_probe_middleware'),
  () => import('#middleware/request_context_middleware'),
  () => import('#middleware/container_bindings_middleware'),
  () => import('#middleware/static_assets_middleware'),
  () => import('@adonisjs/vite/vite_middleware'),
  () => import('#middleware/inertia_middleware'),
])

router.use([
  () => import('@adonisjs/core/bodyparser_middleware'),
  browserOnly(() => import('@adonisjs/session/session_middleware')),
  browserOnly(() => import('@adonisjs/shield/shield_middleware')),
  () => import('#middleware/api_headers_middleware'),
  () => import('@adonisjs/auth/initialize_auth_middleware'),
  browserOnly(() => import('#middleware/silent_auth_middleware')),
  () => import('#middleware/detect_user_locale_middleware'),
  browserOnly(() => import('#middleware/session_tracking_middleware')),
  browserOnly(() => import('#middleware/require_two_factor_middleware')),
  () => import('#middleware/initialize_bouncer_middleware'),
])

export const middleware = router.named({
  guest: () => import('#middleware/guest_middleware'),
  auth: () => import('#middleware/auth_middleware'),
  can: () => import('#middleware/can_middleware'),
  access: () => import('#middleware/access_middleware'),
})
