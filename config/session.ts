import env from '#start/env'
import app from '@adonisjs/core/services/app'
import { defineConfig, stores } from '@adonisjs/session'

/**
 * Sessions live server-side so they can be listed and revoked. In production
 * the cookie carries the `__Host-` prefix, which browsers only accept with
 * Secure, path=/ and no domain.
 */
const sessionConfig = defineConfig({
  enabled: true,
  cookieName: app.inProduction ? '__Host-harmoni_session' : 'harmoni_session',
  clearWithBrowser: false,
  age: env.get('SESSION_IDLE_TIMEOUT'),
  cookie: {
    path: '/',
    httpOnly: true,
    secure: app.inProduction,
    sameSite: 'lax',
  },
  store: env.get('SESSION_DRIVER', app.inTest ? 'memory' : 'cookie'),
  stores: {
    cookie: stores.cookie(),
    redis: stores.redis({ connection: 'main' }),
  },
})

export default sessionConfig
