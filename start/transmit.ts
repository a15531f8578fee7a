/*
|--------------------------------------------------------------------------
| Realtime channels
|--------------------------------------------------------------------------
|
| Every channel a browser may listen to, and who may. Anything not listed
| is refused. Payloads are small: the new item of one's own notifications,
| or "changed" pings after which pages reload their props (and their
| policies) over HTTP.
|
| The three Transmit endpoints are our own routes: the stream needs a
| signed-in user, and subscriptions for a stream held by another instance
| are relayed over Redis (see README, "Realtime across instances").
|
*/

import app from '@adonisjs/core/services/app'
import router from '@adonisjs/core/services/router'
import { middleware } from '#start/kernel'
import { controllers } from '#generated/controllers'
import { PermissionService } from '#services/permission_service'
import { RecordTypes } from '#services/records/record_types'
import { Channels, isId } from '#services/realtime/channels'
import { SubscriptionRelay } from '#services/realtime/subscription_relay'

Channels.define('users/:id/notifications', (user, { id }) => isId(id) && user.id === Number(id))

Channels.define('incidents/:id', async (user, { id }) => {
  const type = RecordTypes.get('incident')
  if (!type || !isId(id)) return false
  const row = await type.find(Number(id))
  return row ? type.canRead(user, row) : false
})

Channels.define(
  'dashboard/:siteId',
  (user, { siteId }) =>
    isId(siteId) && PermissionService.can(user, 'dashboard', 'read', { site: Number(siteId) })
)

router
  .group(() => {
    router.get('__transmit/events', [controllers.RealtimeStreams, 'show']).as('transmit.events')
    router
      .post('__transmit/subscribe', [controllers.RealtimeSubscriptions, 'store'])
      .as('transmit.subscribe')
    router
      .post('__transmit/unsubscribe', [controllers.RealtimeSubscriptions, 'destroy'])
      .as('transmit.unsubscribe')
  })
  .use([middleware.auth(), middleware.access({ to: 'everyone' })])

SubscriptionRelay.start()
app.terminating(() => SubscriptionRelay.stop())
