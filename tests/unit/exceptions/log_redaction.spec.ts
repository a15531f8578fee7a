import { Writable } from 'node:stream'
import { test } from '@japa/runner'
import { Logger } from '@adonisjs/core/logger'
import loggerConfig from '#config/logger'

/**
 * The application's logger settings (config/logger.ts), writing to memory:
 * whatever a caller passes, credentials come out as "[redacted]".
 */
function memoryLogger() {
  const lines: string[] = []
  const destination = new Writable({
    write(chunk, _, done) {
      lines.push(String(chunk))
      done()
    },
  })
  const logger = new Logger({ ...loggerConfig.loggers.app, level: 'info', destination })
  return { logger, lines }
}

test.group('Log redaction', () => {
  test('redacts credentials at the top level and one level down', ({ assert }) => {
    const { logger, lines } = memoryLogger()
    logger.info(
      {
        password: 'top-level-password',
        token: 'top-level-token',
        body: {
          email: 'someone@example.com',
          password: 'nested-password',
          password_confirmation: 'nested-confirmation',
          current_password: 'nested-current',
          refresh_token: 'nested-refresh',
          access_token: 'nested-access',
        },
        req: {
          headers: {
            'authorization': 'Bearer header-token',
            'cookie': 'session=header-cookie',
            'x-health-token': 'header-health-token',
          },
        },
      },
      'request details'
    )

    assert.lengthOf(lines, 1)
    const output = lines[0]
    for (const secret of [
      'top-level-password',
      'top-level-token',
      'nested-password',
      'nested-confirmation',
      'nested-current',
      'nested-refresh',
      'nested-access',
      'header-token',
      'header-cookie',
      'header-health-token',
    ]) {
      assert.notInclude(output, secret)
    }
    const line = JSON.parse(output)
    assert.equal(line.body.email, 'someone@example.com')
    assert.equal(line.body.password, '[redacted]')
    assert.equal(line.req.headers.authorization, '[redacted]')
  })

  test('child loggers (one per request) redact too', ({ assert }) => {
    const { logger, lines } = memoryLogger()
    logger.child({ request_id: 'abc' }).info({ user: { password: 'child-password' } }, 'x')
    assert.notInclude(lines[0], 'child-password')
    assert.equal(JSON.parse(lines[0]).request_id, 'abc')
  })
})
