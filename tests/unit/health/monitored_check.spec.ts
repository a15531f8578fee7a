import { test } from '@japa/runner'
import { Result } from '@adonisjs/core/health'
import { healthDetails, monitored } from '#start/health'
import { HealthChecks } from '@adonisjs/core/health'

test.group('Health: monitored checks', () => {
  test('adds the duration to a passing check', async ({ assert }) => {
    const check = monitored({ name: 'fine', run: async () => Result.ok('fine') })
    const result = await check.run()
    assert.equal(result.status, 'ok')
    assert.isNumber(result.meta?.durationMs)
  })

  test('fails a check that never answers', async ({ assert }) => {
    const check = monitored({ name: 'stuck', run: () => new Promise(() => {}) })
    const result = await check.run()
    assert.equal(result.status, 'error')
    assert.match(result.message, /No answer within 2000 ms/)
  })

  test('turns a thrown error into a failed result', async ({ assert }) => {
    const check = monitored({
      name: 'broken',
      run: async () => {
        throw new Error('boom')
      },
    })
    const result = await check.run()
    assert.equal(result.status, 'error')
    assert.equal(result.message, 'boom')
  })

  test('details drop error objects and credentials quoted in messages', async ({ assert }) => {
    const error = Object.assign(new Error('no route'), { code: 'EHOSTUNREACH', password: 'pw' })
    const report = await new HealthChecks()
      .register([
        monitored({
          name: 'leaky',
          run: async () =>
            Result.failed('cannot reach redis://admin:s3cr3t@10.0.0.1:6379/0', error),
        }),
      ])
      .run()

    const [check] = healthDetails(report).checks
    assert.equal(check.message, 'cannot reach redis://***@10.0.0.1:6379/0')
    assert.deepEqual(Object.keys(check.meta), ['errorCode'])
    assert.equal(check.meta.errorCode, 'EHOSTUNREACH')
    assert.notInclude(JSON.stringify(healthDetails(report)), 's3cr3t')
  })
})
