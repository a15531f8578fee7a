import { test } from '@japa/runner'
import { productionEnv, runToExit, type ChildEnv } from '#tests/helpers/server_process'

/**
 * A production boot with a bad configuration stops before listening, with
 * one readable line per problem on stderr and no stack trace. The server
 * runs from the sources (ts-exec) with NODE_ENV=production and no .env.
 */

const STACK_FRAME = /^\s+at\s|\.ts:\d+|\.js:\d+|node_modules/m

async function boot(env: ChildEnv) {
  return runToExit({ mode: 'source', env: productionEnv(env), port: 4150 })
}

function problemLines(stderr: string) {
  return stderr.split('\n').filter((line) => line.trim() !== '')
}

test.group('Production configuration', () => {
  test('refuses to boot when {name}')
    .with([
      {
        name: 'APP_KEY is missing',
        env: { APP_KEY: undefined },
        line: 'Configuration error: APP_KEY is required: run "node ace generate:key"',
      },
      {
        name: 'APP_KEY is too short',
        env: { APP_KEY: 'x'.repeat(31) },
        line: 'Configuration error: APP_KEY must be at least 32 characters',
      },
      {
        name: 'JWT_KEY is missing',
        env: { JWT_KEY: undefined },
        line: 'Configuration error: JWT_KEY is required in production',
      },
      {
        name: 'JWT_KEY is too short',
        env: { JWT_KEY: 'short-secret' },
        line: 'Configuration error: JWT_KEY must be at least 32 characters',
      },
      {
        name: 'DATABASE_URL is missing',
        env: { DATABASE_URL: undefined },
        line: 'Configuration error: DATABASE_URL (or DB_HOST and the other DB_* variables) is required in production',
      },
      {
        name: 'DATABASE_URL is not a URL',
        env: { DATABASE_URL: 'not a url' },
        line: 'Configuration error: DATABASE_URL must be a URL like postgres://user:password@host:port/name',
      },
      {
        name: 'DATABASE_URL is not PostgreSQL',
        env: { DATABASE_URL: 'mysql://root@127.0.0.1:3306/harmoni' },
        line: 'Configuration error: DATABASE_URL must start with postgres:// or postgresql://',
      },
      {
        name: 'DATABASE_URL has no host',
        env: { DATABASE_URL: 'postgres:///harmoni' },
        line: 'Configuration error: DATABASE_URL has no host: use postgres://user:password@host:port/name',
      },
    ])
    .run(async ({ assert }, { env, line }) => {
      const result = await boot(env)
      assert.notEqual(result.code, 0)
      assert.deepEqual(problemLines(result.stderr), [line])
      assert.notMatch(result.stderr, STACK_FRAME)
      assert.notInclude(result.stdout, 'started HTTP server')
    })

  test('reports every problem at once, one line each', async ({ assert }) => {
    const result = await boot({ APP_KEY: 'short', JWT_KEY: undefined, DATABASE_URL: undefined })
    assert.notEqual(result.code, 0)
    assert.sameMembers(problemLines(result.stderr), [
      'Configuration error: APP_KEY must be at least 32 characters',
      'Configuration error: JWT_KEY is required in production',
      'Configuration error: DATABASE_URL (or DB_HOST and the other DB_* variables) is required in production',
    ])
    assert.notMatch(result.stderr, STACK_FRAME)
  })

  test('never prints the rejected secret', async ({ assert }) => {
    const result = await boot({ JWT_KEY: 'my-leaked-jwt-key' })
    assert.notEqual(result.code, 0)
    assert.notInclude(result.stderr + result.stdout, 'my-leaked-jwt-key')
  })
})
