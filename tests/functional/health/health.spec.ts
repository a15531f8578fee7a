import { createServer } from 'node:net'
import { test } from '@japa/runner'
import env from '#start/env'
import User from '#models/user'
import db from '@adonisjs/lucid/services/db'
import { DbCheck } from '@adonisjs/lucid/database'
import { urlFor } from '@adonisjs/core/services/url_builder'
import { demoEmail } from '#app/data/roles'
import { defaultChecks, healthChecks, monitored } from '#start/health'

const TOKEN = 'health-token-for-tests-0123456789'
const UNREACHABLE = 'health_unreachable'
const DB_PASSWORD = 'n0t-a-real-passw0rd'

/** Plain fetch, as a load balancer probes: no cookie at all (the test client always adds some). */
const probe = (path: string) => fetch(`http://${process.env.HOST}:${process.env.PORT}${path}`)

/** A TCP port on 127.0.0.1 where nothing listens (bound, then released). */
async function closedPort() {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as { port: number }
  await new Promise((resolve) => server.close(resolve))
  return port
}

/**
 * Adds a real Lucid connection to a closed port and a database check on
 * it, so the readiness verdict turns unhealthy without touching the test
 * database. Returns the function that restores the normal checks.
 */
async function breakDatabase() {
  const port = await closedPort()
  db.manager.add(UNREACHABLE, {
    client: 'pg',
    connection: { connectionString: `postgres://health:${DB_PASSWORD}@127.0.0.1:${port}/nothing` },
    pool: { min: 0, max: 1 },
  })
  healthChecks.append([monitored(new DbCheck(db.connection(UNREACHABLE)).as('database'))])
  return async () => {
    healthChecks.register(defaultChecks())
    await db.manager.close(UNREACHABLE)
  }
}

test.group('Health: readiness', (group) => {
  group.setup(() => {
    const previous = process.env.HEALTH_TOKEN
    env.set('HEALTH_TOKEN', TOKEN)
    return () => env.set('HEALTH_TOKEN', previous ?? '')
  })

  test('answers 200 with every check up, with status and duration per check', async ({
    client,
    assert,
  }) => {
    const response = await client.get('/health').header('x-health-token', TOKEN)
    response.assertStatus(200)
    response.assertHeader('cache-control', 'no-store')

    const body = response.body()
    assert.equal(body.status, 'ok')
    assert.isTrue(body.healthy)
    const names = body.checks.map((check: { name: string }) => check.name)
    assert.includeMembers(names, ['database', 'disk', 'memory_heap', 'memory_rss'])
    assert.equal(names.includes('redis'), Boolean(process.env.REDIS_URL))
    for (const check of body.checks) {
      assert.equal(check.status, 'ok', `${check.name}: ${check.message}`)
      assert.isNumber(check.durationMs)
      assert.isAtLeast(check.durationMs, 0)
      assert.isString(check.message)
    }
  })

  test('answers 503 when the database is unreachable', async ({ client, assert, cleanup }) => {
    cleanup(await breakDatabase())

    const detailed = await client.get('/health').header('x-health-token', TOKEN)
    detailed.assertStatus(503)
    assert.equal(detailed.body().status, 'error')
    assert.isFalse(detailed.body().healthy)
    const failed = detailed.body().checks.filter((check: { status: string }) => {
      return check.status === 'error'
    })
    assert.lengthOf(failed, 1)
    assert.equal(failed[0].name, 'database')
    assert.match(failed[0].message, /ECONNREFUSED/)
    assert.equal(failed[0].meta.errorCode, 'ECONNREFUSED')
    assert.notInclude(JSON.stringify(detailed.body()), DB_PASSWORD)

    const probed = await probe('/health')
    assert.equal(probed.status, 503)
    assert.deepEqual(await probed.json(), { status: 'error' })

    const browser = await client.get('/health').header('cookie', 'locale=en')
    browser.assertStatus(503)
    browser.assertBody({ status: 'error' })
  })

  test('recovers to 200 on the next call once the database is back', async ({ client }) => {
    const restore = await breakDatabase()
    const down = await client.get('/health')
    down.assertStatus(503)

    await restore()
    const up = await client.get('/health')
    up.assertStatus(200)
    up.assertBody({ status: 'ok' })
  })

  test('/health/ready gives the same verdict as /health', async ({ client, assert, cleanup }) => {
    const healthy = await client.get(urlFor('health.ready'))
    healthy.assertStatus(200)
    healthy.assertBody({ status: 'ok' })

    cleanup(await breakDatabase())
    const unhealthy = await client.get(urlFor('health.ready'))
    unhealthy.assertStatus(503)
    unhealthy.assertBody({ status: 'error' })
    const probed = await probe(urlFor('health.ready'))
    assert.equal(probed.status, 503)
  })
})

test.group('Health: liveness', () => {
  test('/health/live answers 200 even while the database is unreachable', async ({
    client,
    assert,
    cleanup,
  }) => {
    cleanup(await breakDatabase())

    const byPath = await client.get('/health/live')
    byPath.assertStatus(200)
    byPath.assertBody({ status: 'ok' })
    byPath.assertHeader('cache-control', 'no-store')

    const byName = await client.get(urlFor('health.live'))
    byName.assertStatus(200)
    byName.assertBody({ status: 'ok' })

    const head = await client.head('/health/live')
    head.assertStatus(200)

    const probed = await probe('/health/live')
    assert.equal(probed.status, 200)
    assert.deepEqual(await probed.json(), { status: 'ok' })
  })

  test('/health/live with a query string still answers through the named route', async ({
    client,
  }) => {
    const response = await client.get('/health/live').qs({ probe: 'fly' })
    response.assertStatus(200)
    response.assertBody({ status: 'ok' })
  })
})

test.group('Health: who sees the details', (group) => {
  group.setup(() => {
    const previous = process.env.HEALTH_TOKEN
    env.set('HEALTH_TOKEN', TOKEN)
    return () => env.set('HEALTH_TOKEN', previous ?? '')
  })

  test('anonymous probes get the status only and no session', async ({ client, assert }) => {
    const response = await client.get('/health')
    response.assertStatus(200)
    assert.deepEqual(Object.keys(response.body()), ['status'])
    response.assertBody({ status: 'ok' })

    for (const path of ['/health', '/health/ready']) {
      const probed = await probe(path)
      assert.equal(probed.status, 200)
      assert.deepEqual(await probed.json(), { status: 'ok' })
      assert.isNull(probed.headers.get('set-cookie'))
    }
  })

  test('anonymous browsers (with cookies) get the status only', async ({ client }) => {
    const response = await client.get('/health').header('cookie', 'locale=id')
    response.assertStatus(200)
    response.assertBody({ status: 'ok' })
  })

  test('a wrong token gets the status only', async ({ client }) => {
    for (const token of ['wrong', `${TOKEN}x`, TOKEN.slice(0, -1), '']) {
      const response = await client.get('/health').header('x-health-token', token)
      response.assertStatus(200)
      response.assertBody({ status: 'ok' })
    }
  })

  test('the right token gets the details and no secret', async ({ client, assert }) => {
    const response = await client.get('/health').header('x-health-token', TOKEN)
    response.assertStatus(200)
    assert.properties(response.body(), ['status', 'healthy', 'checks', 'finishedAt'])
    const text = JSON.stringify(response.body())
    assert.notInclude(text, TOKEN)
    assert.notInclude(text, env.get('APP_KEY').release())
    assert.notInclude(text, new URL(process.env.DATABASE_URL!).pathname.slice(1))
  })

  test('no token is accepted while HEALTH_TOKEN is unset', async ({ client, cleanup }) => {
    env.set('HEALTH_TOKEN', '')
    cleanup(() => env.set('HEALTH_TOKEN', TOKEN))
    for (const token of ['', 'undefined', 'null']) {
      const response = await client.get('/health').header('x-health-token', token)
      response.assertBody({ status: 'ok' })
    }
  })

  test('an administrator session gets the details', async ({ client, assert }) => {
    for (const role of ['admin', 'super_admin']) {
      const user = await User.findByOrFail('email', demoEmail(role))
      const response = await client.get('/health').loginAs(user)
      response.assertStatus(200)
      assert.isArray(response.body().checks, role)
    }
  })

  test('a non-admin session gets the status only', async ({ client }) => {
    const user = await User.findByOrFail('email', demoEmail('reporter'))
    const response = await client.get('/health').loginAs(user)
    response.assertStatus(200)
    response.assertBody({ status: 'ok' })
  })
})
