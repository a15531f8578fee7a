import { test } from '@japa/runner'
import transmit from '@adonisjs/transmit/services/main'
import db from '@adonisjs/lucid/services/db'
import User from '#models/user'
import { DEMO_PASSWORD, demoEmail } from '#app/data/roles'
import { requireRedis } from '#tests/helpers/services'
import { SseClient, percentiles } from '#tests/helpers/sse_client'
import { WebClient } from '#tests/functional/platform/support'
import {
  ensureProductionBuild,
  productionEnv,
  startServer,
  type ServerProcess,
} from '#tests/helpers/server_process'
import { RoundRobinProxy } from './round_robin_proxy.js'

/** Ports of this run's own: the test port plus 1100 and up. */
const BASE = Number(process.env.PORT ?? 3334) + 1100

/**
 * Two production processes sharing PostgreSQL and Redis behind a
 * round-robin proxy: the browser's stream is held by one, its subscribe
 * request lands on the other, and a notification made through the second
 * still arrives on the first.
 */
test.group('Realtime / two instances behind a round-robin proxy', (group) => {
  let servers: ServerProcess[] = []
  let proxy: RoundRobinProxy
  let startedAt: Date

  group.setup(async () => {
    if (!process.env.REDIS_URL) return () => {}
    startedAt = new Date()
    const buildDir = await ensureProductionBuild()
    const env = productionEnv({ SESSION_DRIVER: 'redis', SMTP_PORT: String(BASE + 9) })
    servers = await Promise.all(
      [BASE, BASE + 1].map((port) => startServer({ mode: 'build', buildDir, port, env }))
    )
    proxy = await new RoundRobinProxy(BASE + 2, [BASE, BASE + 1]).start()
    return async () => {
      await proxy.stop()
      await Promise.all(servers.map((server) => server.kill()))
      const user = await User.findByOrFail('email', demoEmail('reporter'))
      await db
        .from('notifications')
        .where('user_id', user.id)
        .where('created_at', '>=', startedAt)
        .delete()
    }
  })

  const relayed = test('a notification made on B reaches a stream on A', async ({
    assert,
    cleanup,
  }) => {
    const user = await User.findByOrFail('email', demoEmail('reporter'))
    const browser = new WebClient({ url: (path = '/') => `${proxy.url}${path}` } as ServerProcess)
    const form = await browser.get('/login')
    assert.equal(form.status, 200)
    const login = await browser.postForm('/login', { email: user.email, password: DEMO_PASSWORD })
    assert.equal(login.headers.get('location'), '/dashboard')

    const sse = new SseClient(
      proxy.url,
      () => browser.cookieHeader(),
      () => decodeURIComponent(browser.cookies.get('XSRF-TOKEN') ?? '')
    )
    cleanup(() => sse.close())
    assert.equal(await sse.open(), 200)
    assert.equal(await sse.subscribe(`users/${user.id}/notifications`), 204)
    const holder = proxy.upstreamOf('/__transmit/events')
    const subscribedOn = proxy.upstreamOf('/__transmit/subscribe')
    assert.notEqual(subscribedOn, holder, 'the subscribe should land on the other instance')

    const other = servers.find((server) => server.port !== holder)!
    const direct = new WebClient(other)
    for (const [name, value] of browser.cookies) direct.cookies.set(name, value)
    const change = await direct.postForm('/notifications/preferences/test', {})
    assert.equal(change.status, 302)
    const message = await sse.waitFor(
      (candidate) => candidate.payload?.type === 'notification',
      1_000
    )
    assert.equal(message.payload.item.title, 'Test notification')
    assert.isAtLeast(message.payload.unread, 1)

    /* Latency of a whole change: HTTP request on B (rows, commit, push) → frame on A. */
    const changes: number[] = []
    for (let index = 0; index < 20; index++) {
      const before = sse.messages.length
      const sentAt = performance.now()
      await direct.postForm('/notifications/preferences/test', {})
      const received = await sse.waitFor(
        (candidate) =>
          sse.messages.indexOf(candidate) >= before && candidate.payload?.type === 'notification'
      )
      changes.push(received.receivedAt - sentAt)
    }
    const http = percentiles(changes)
    console.log(
      `[latency] 2 instances, POST on B → SSE on A: p50 ${http.p50} ms, p95 ${http.p95} ms`
    )

    /* Latency of the bus alone: this test process publishes through Redis to A's stream. */
    const samples: number[] = []
    for (let index = 0; index < 50; index++) {
      const sentAt = performance.now()
      transmit.broadcast(`users/${user.id}/notifications`, { type: 'probe', index })
      const received = await sse.waitFor((candidate) => candidate.payload?.index === index)
      samples.push(received.receivedAt - sentAt)
    }
    const result = percentiles(samples)
    console.log(`[latency] 2 instances: p50 ${result.p50} ms, p95 ${result.p95} ms (n=${result.n})`)
  }).timeout(240_000)
  requireRedis(relayed)

  /* Uses the instances of the group, which need Redis */
  const shutdown =
    test('on SIGTERM an open stream ends with a reconnect hint and the process exits', async ({
      assert,
    }) => {
      const [first] = servers
      const browser = new WebClient(first)
      await browser.get('/login')
      await browser.postForm('/login', { email: demoEmail('reporter'), password: DEMO_PASSWORD })
      const sse = new SseClient(
        first.url('').replace(/\/$/, ''),
        () => browser.cookieHeader(),
        () => decodeURIComponent(browser.cookies.get('XSRF-TOKEN') ?? '')
      )
      assert.equal(await sse.open(), 200)

      const exit = await first.stop('SIGTERM')
      assert.equal(exit.code, 0)
      await sse.ended()
      assert.match(sse.raw, /^retry: \d+$/m)
    }).timeout(60_000)
  requireRedis(shutdown)
})
