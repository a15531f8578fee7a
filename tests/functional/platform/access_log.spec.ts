import { test } from '@japa/runner'
import User from '#models/user'
import { DEMO_PASSWORD, demoEmail } from '#app/data/roles'
import { WebClient } from '#tests/functional/platform/support'
import {
  ensureProductionBuild,
  productionEnv,
  startServer,
  type ServerProcess,
} from '#tests/helpers/server_process'

/**
 * The production build, started as Fly starts it (NODE_ENV=production,
 * LOG_LEVEL=info): one JSON access line per request on stdout, carrying
 * the request id, and no credential anywhere in the output.
 */

type AccessLine = {
  msg: string
  level: number
  request_id: string
  method: string
  route: string | null
  status: number
  duration_ms: number
  user_id: number | null
}

const WRONG_PASSWORD = 'Wr0ng-but-Secret-Passw0rd!'
const BEARER_TOKEN = 'eyJhbGciOiJIUzI1NiJ9.leaked-token-body.signature'

function accessLine(server: ServerProcess, requestId: string) {
  return server.waitForLog(
    (line) => line.msg === 'request' && line.request_id === requestId
  ) as Promise<AccessLine>
}

function accessLines(server: ServerProcess, requestId: string) {
  return server.logLines().filter((line) => line.msg === 'request' && line.request_id === requestId)
}

test.group('Access log (production build)', (group) => {
  let server: ServerProcess

  group.setup(async () => {
    const buildDir = await ensureProductionBuild()
    server = await startServer({ mode: 'build', buildDir, port: 4151, env: productionEnv() })
    return () => server.kill()
  })

  test('writes one JSON line per request with the caller request id', async ({ assert }) => {
    const browser = new WebClient(server)
    const response = await browser.get('/login', { 'x-request-id': 'test-123' })
    assert.equal(response.status, 200)
    assert.equal(response.headers.get('x-request-id'), 'test-123')

    const line = await accessLine(server, 'test-123')
    assert.equal(line.level, 30)
    assert.equal(line.method, 'GET')
    assert.equal(line.route, 'session.create')
    assert.equal(line.status, 200)
    assert.isNumber(line.duration_ms)
    assert.isAtLeast(line.duration_ms, 0)
    assert.isNull(line.user_id)
    assert.lengthOf(accessLines(server, 'test-123'), 1)

    const raw = server.stdout.split('\n').filter((text) => text.includes('"test-123"'))
    assert.lengthOf(raw, 1)
    assert.lengthOf(raw[0].match(/"request_id"/g) ?? [], 1, 'request_id appears once in the line')
  })

  test('logs generated ids and unmatched URLs too', async ({ assert }) => {
    const browser = new WebClient(server)
    const response = await browser.get('/no-such-page', { 'x-request-id': 'bad id <script>' })
    assert.equal(response.status, 404)
    const requestId = response.headers.get('x-request-id')!
    assert.notEqual(requestId, 'bad id <script>')

    const line = await accessLine(server, requestId)
    assert.include(line, { method: 'GET', route: null, status: 404, user_id: null })
    assert.notInclude(server.stdout, 'bad id <script>')
  })

  test('carries the user id once signed in, and never a password', async ({ assert }) => {
    const user = await User.findByOrFail('email', demoEmail('reporter'))
    const browser = new WebClient(server)
    await browser.get('/login')

    const wrong = await browser.postForm(
      '/login',
      { email: user.email, password: WRONG_PASSWORD },
      { 'x-request-id': 'login-wrong' }
    )
    assert.equal(wrong.status, 302)
    assert.include(await accessLine(server, 'login-wrong'), {
      method: 'POST',
      route: 'session.store',
      status: 302,
      user_id: null,
    })

    const right = await browser.postForm(
      '/login',
      { email: user.email, password: DEMO_PASSWORD },
      { 'x-request-id': 'login-right' }
    )
    assert.equal(right.status, 302)
    assert.equal(right.headers.get('location'), '/dashboard')
    assert.include(await accessLine(server, 'login-right'), {
      route: 'session.store',
      status: 302,
      user_id: user.id,
    })

    const dashboard = await browser.get('/dashboard', { 'x-request-id': 'dashboard-visit' })
    assert.equal(dashboard.status, 200)
    assert.include(await accessLine(server, 'dashboard-visit'), {
      route: 'dashboard',
      status: 200,
      user_id: user.id,
    })

    const output = server.stdout + server.stderr
    assert.notInclude(output, WRONG_PASSWORD)
    assert.notInclude(output, DEMO_PASSWORD)
    assert.notInclude(output, encodeURIComponent(DEMO_PASSWORD))
  })

  test('never logs a bearer token or the session cookie', async ({ assert }) => {
    const browser = new WebClient(server)
    await browser.get('/login')
    const response = await browser.get('/api/v1/me', {
      'authorization': `Bearer ${BEARER_TOKEN}`,
      'x-request-id': 'bearer-call',
    })
    assert.equal(response.status, 401)
    assert.include(await accessLine(server, 'bearer-call'), { route: 'api.v1.me', status: 401 })

    const output = server.stdout + server.stderr
    assert.notInclude(output, 'leaked-token-body')
    for (const value of browser.cookies.values()) assert.notInclude(output, value)
  })

  test('answers liveness probes before the framework: no access line, no cookie', async ({
    assert,
  }) => {
    const browser = new WebClient(server)
    const live = await browser.get('/health/live', { 'x-request-id': 'liveness-probe' })
    assert.equal(live.status, 200)
    assert.deepEqual(await live.json(), { status: 'ok' })
    assert.equal(live.headers.get('cache-control'), 'no-store')
    assert.isNull(live.headers.get('set-cookie'))
    assert.isNull(live.headers.get('x-request-id'))

    /* Any other request still reaches the framework, and is logged */
    const after = await browser.get('/health/live?probe=fly', { 'x-request-id': 'live-query' })
    assert.equal(after.status, 200)
    assert.include(await accessLine(server, 'live-query'), { route: 'health.live', status: 200 })
    assert.lengthOf(accessLines(server, 'liveness-probe'), 0)
  })
})
