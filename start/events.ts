/*
|--------------------------------------------------------------------------
| Events
|--------------------------------------------------------------------------
|
| Listeners subscribe to the class-based events in app/events. A failing
| listener is logged and never breaks the request that dispatched it.
|
*/

import emitter from '@adonisjs/core/services/emitter'
import logger from '@adonisjs/core/services/logger'

emitter.onError((event, error) => {
  const name = typeof event === 'function' ? event.name : String(event)
  logger.error({ err: error, event: name }, 'event listener failed')
})
