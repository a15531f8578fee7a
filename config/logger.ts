import env from '#start/env'
import app from '@adonisjs/core/services/app'
import { defineConfig, syncDestination } from '@adonisjs/core/logger'

/**
 * JSON lines written synchronously to stdout in production and tests (no
 * worker thread; Fly ships stdout), pretty output in development.
 * Credentials never reach a log line: known secret fields are redacted at
 * the top level and one level down (request headers included).
 */
const loggerConfig = defineConfig({
  default: 'app',
  loggers: {
    app: {
      enabled: true,
      name: 'harmonihse360',
      level: env.get('LOG_LEVEL', app.inTest ? 'silent' : 'info'),
      redact: {
        paths: [
          'password',
          '*.password',
          'password_confirmation',
          '*.password_confirmation',
          'current_password',
          '*.current_password',
          'token',
          '*.token',
          'access_token',
          '*.access_token',
          'refresh_token',
          '*.refresh_token',
          'secret',
          '*.secret',
          'authorization',
          '*.authorization',
          'cookie',
          '*.cookie',
          'headers.authorization',
          'headers.cookie',
          'headers["set-cookie"]',
          'headers["x-health-token"]',
          '*.headers.authorization',
          '*.headers.cookie',
          '*.headers["set-cookie"]',
          '*.headers["x-health-token"]',
        ],
        censor: '[redacted]',
      },
      destination: app.inDev ? await syncDestination() : undefined,
    },
  },
})

export default loggerConfig

declare module '@adonisjs/core/types' {
  export interface LoggersList extends InferLoggers<typeof loggerConfig> {}
}
