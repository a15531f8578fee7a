import net from 'node:net'
import http from 'node:http'
import { test } from '@japa/runner'
import { DEMO_PASSWORD, demoEmail } from '#app/data/roles'
import { WebClient } from '#tests/functional/platform/support'
import {
  ensureProductionBuild,
  productionEnv,
  startServer,
  type ServerProcess,
} from '#tests/helpers/server_process'

/**
 * Graceful shutdown of the production build (`node bin/server.js`, built
 * by `node ace build`), the process Fly stops with SIGTERM.
 *
 * Decision: no test-only slow route. A route that exists only for tests is
 * either absent from the production build (then the build is not what is
 * tested) or present in production behind a flag (a backdoor). Instead the
 * *client* is slow, on a real route: each request is a sign-in (POST
 * /login) sent with `Expect: 100-continue`. Node answers "100 Continue" at
 * the moment it hands the request to AdonisJS, so "in flight" is a fact the
 * test observes, not a sleep. The signal is sent while all requests wait
 * for their bodies; the bodies follow once the server has stopped
 * listening. The requests use keep-alive connections, as Fly's proxy does,
 * and each answer must close its connection so none holds the shutdown
 * open. Each request then still runs the whole stack (body parser,
 * session, CSRF, throttle in Redis when configured, argon2, session rows
 * and security log in PostgreSQL) and must answer 302 → /dashboard. The
 * process must then exit 0 on its own, which proves the database pool
 * and the Redis connections were closed: an open handle keeps Node alive.
 * The 10 s limit is Fly's kill_timeout, not a performance threshold.
 */

const IN_FLIGHT = 20
const KILL_TIMEOUT_MS = 10_000

type Outcome = { status: number; location?: string; connection?: string }

/**
 * A sign-in whose body is held back until `send()` is called, over a
 * keep-alive connection as a proxy would use.
 */
function heldSignIn(server: ServerProcess, browser: WebClient, agent: http.Agent) {
  const body = new URLSearchParams({
    email: demoEmail('reporter'),
    password: DEMO_PASSWORD,
  }).toString()
  const request = http.request({
    host: server.host,
    port: server.port,
    method: 'POST',
    path: '/login',
    agent,
    headers: {
      ...browser.formHeaders(),
      'content-length': Buffer.byteLength(body),
      'expect': '100-continue',
    },
  })

  const accepted = new Promise<void>((resolve) => request.once('continue', resolve))
  const outcome = new Promise<Outcome>((resolve, reject) => {
    request.once('error', reject)
    request.once('response', (response) => {
      response.resume()
      response.once('end', () =>
        resolve({
          status: response.statusCode!,
          location: response.headers.location,
          connection: response.headers.connection,
        })
      )
    })
  })
  request.flushHeaders()
  return { accepted, outcome, send: () => request.end(body) }
}

/** Resolves once a fresh TCP connection to the port is refused. */
async function connectionRefused(port: number, host: string) {
  for (;;) {
    const error = await new Promise<NodeJS.ErrnoException | null>((resolve) => {
      const socket = net.connect(port, host)
      socket.once('connect', () => {
        socket.destroy()
        resolve(null)
      })
      socket.once('error', resolve)
    })
    if (error) return error
    await new Promise((resolve) => setTimeout(resolve, 10))
  }
}

test.group('Graceful shutdown (production build)', (group) => {
  let buildDir: string
  let server: ServerProcess | undefined

  group.setup(async () => {
    buildDir = await ensureProductionBuild()
  })
  group.each.teardown(async () => {
    await server?.kill()
  })

  test('on {$self} it finishes in-flight requests, refuses new ones and exits 0')
    .with(['SIGTERM', 'SIGINT'] as const)
    .run(async ({ assert }, signal) => {
      server = await startServer({
        mode: 'build',
        buildDir,
        port: signal === 'SIGTERM' ? 4153 : 4154,
        env: productionEnv(),
      })

      const browser = new WebClient(server)
      const form = await browser.get('/login')
      assert.equal(form.status, 200)

      const agent = new http.Agent({ keepAlive: true })
      const requests = Array.from({ length: IN_FLIGHT }, () => heldSignIn(server!, browser, agent))
      await Promise.all(requests.map((request) => request.accepted))

      server.signal(signal)
      const refused = await connectionRefused(server.port, server.host)
      /* A connect racing the close of the listening socket is reset rather than refused */
      assert.oneOf(refused.code, ['ECONNREFUSED', 'ECONNRESET'])
      assert.isNull(server.exited, 'the process waits for its in-flight requests')

      requests.forEach((request) => request.send())
      const outcomes = await Promise.all(requests.map((request) => request.outcome))
      assert.deepEqual(
        outcomes,
        Array.from({ length: IN_FLIGHT }, () => ({
          status: 302,
          location: '/dashboard',
          connection: 'close',
        }))
      )
      agent.destroy()

      const exit = await server.waitForExit(KILL_TIMEOUT_MS)
      assert.deepEqual(exit, { code: 0, signal: null })

      const signIns = server
        .logLines()
        .filter((line) => line.msg === 'request' && line.route === 'session.store')
      assert.lengthOf(signIns, IN_FLIGHT)
      assert.isTrue(signIns.every((line) => line.status === 302 && line.user_id !== null))
      assert.notMatch(server.stdout, /"level":(50|60)/, 'no error was logged during shutdown')
      assert.equal(server.stderr, '')
    })
})
