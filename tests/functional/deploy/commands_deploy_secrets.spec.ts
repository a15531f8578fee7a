import { join } from 'node:path'
import { test } from '@japa/runner'
import {
  DeployHarness,
  FIXTURES,
  PROD_APP,
  PROD_CONFIG,
  SENTINEL,
  healthyScenario,
} from '#tests/fixtures/deploy/harness'

const FILE_VALUES = {
  APP_KEY: 'appkey-SENTINEL-file-4f8a2c',
  JWT_KEY: 'jwtkey-SENTINEL-file-9d1e7b',
  DATABASE_URL: 'postgres://harmoni:dbpass-SENTINEL-file-77c1@db.internal:5432/harmoni',
  REDIS_URL: 'redis://default:redispass-SENTINEL-file-3b5d@redis.internal:6379',
}

test.group('deploy:secrets', () => {
  test('pipes NAME=VALUE lines on stdin and lists the names that changed', async ({
    assert,
    cleanup,
  }) => {
    const harness = await DeployHarness.create(
      healthyScenario({
        'secrets list': [
          {
            stdout: [
              { Name: 'APP_KEY', Digest: 'a1' },
              { Name: 'JWT_KEY', Digest: 'j1' },
              { Name: 'DATABASE_URL', Digest: 'd1' },
            ],
          },
          {
            stdout: [
              { name: 'APP_KEY', digest: 'a1' },
              { name: 'JWT_KEY', digest: 'j2' },
              { name: 'DATABASE_URL', digest: 'd1' },
              { name: 'REDIS_URL', digest: 'r1' },
            ],
          },
        ],
        'secrets import': { stdout: 'Secrets have been staged' },
      })
    )
    cleanup(() => harness.cleanup())

    const run = await harness.ace('deploy:secrets', [
      '--env',
      'production',
      '--config',
      PROD_CONFIG,
      '--from',
      join(FIXTURES, 'production.env'),
    ])

    assert.equal(run.code, 0, run.output)
    const calls = await harness.calls()
    assert.deepEqual(
      calls.map((call) => call.argv),
      [
        ['secrets', 'list', '--json', '-a', PROD_APP],
        ['secrets', 'import', '--stage', '-a', PROD_APP],
        ['secrets', 'list', '--json', '-a', PROD_APP],
      ]
    )
    const expectedStdin = Object.entries(FILE_VALUES)
      .map(([name, value]) => `${name}=${value}\n`)
      .join('')
    assert.equal(calls[1].stdin, expectedStdin)
    assert.notInclude(JSON.stringify(calls.map((call) => call.argv)), SENTINEL)

    assert.include(run.output, 'Changed: JWT_KEY, REDIS_URL')
    assert.include(run.output, 'Unchanged: APP_KEY, DATABASE_URL')
    assert.include(run.output, 'node ace deploy:fly --env production')
    assert.notInclude(run.output, SENTINEL)
    for (const value of Object.values(FILE_VALUES)) assert.notInclude(run.output, value)
  })

  test('lists the imported names when flyctl shows no digests', async ({ assert, cleanup }) => {
    const harness = await DeployHarness.create(
      healthyScenario({
        'secrets list': { stdout: [{ Name: 'APP_KEY' }] },
        'secrets import': { stdout: '' },
      })
    )
    cleanup(() => harness.cleanup())

    const run = await harness.ace('deploy:secrets', [
      '--env',
      'staging',
      '--config',
      PROD_CONFIG,
      '--from',
      join(FIXTURES, 'production.env'),
    ])

    assert.equal(run.code, 0, run.output)
    assert.include(
      run.output,
      'Imported APP_KEY, JWT_KEY, DATABASE_URL, REDIS_URL (flyctl gave no digests'
    )
    assert.notInclude(run.output, SENTINEL)
  })

  test('rejects a malformed file by line, without values and without importing', async ({
    assert,
    cleanup,
  }) => {
    const harness = await DeployHarness.create(healthyScenario())
    cleanup(() => harness.cleanup())

    const run = await harness.ace('deploy:secrets', [
      '--env',
      'production',
      '--config',
      PROD_CONFIG,
      '--from',
      join(FIXTURES, 'broken.env'),
    ])

    assert.equal(run.code, 1, run.output)
    assert.include(run.output, 'line 2 is not NAME=VALUE')
    assert.include(run.output, 'EMPTY_ONE (line 3) has an empty value')
    assert.notInclude(run.output, SENTINEL)
    assert.deepEqual(await harness.calls(), [])
  })
})
