import { test } from '@japa/runner'
import app from '@adonisjs/core/services/app'
import transmit from '@adonisjs/transmit/services/main'
import testUtils from '@adonisjs/core/services/test_utils'
import string from '@adonisjs/core/helpers/string'
import { NotificationService } from '#services/notifications/notification_service'
import { IncidentService } from '#services/incident_service'
import { WebSession } from '#tests/functional/account/web_session'
import { percentiles } from '#tests/helpers/sse_client'
import { PASSWORD, createUser, grantRole, sseFor, twoSites } from './support.js'

test.group('Realtime / channels and streams', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('the stream is text/event-stream, never compressed, with a heartbeat under 25 s', async ({
    assert,
    cleanup,
  }) => {
    const user = await createUser('rt.headers@example.test')
    const sse = sseFor(await WebSession.login(user.email, PASSWORD))
    cleanup(() => sse.close())

    assert.equal(await sse.open(), 200)
    assert.match(sse.headers!.get('content-type')!, /^text\/event-stream/)
    assert.isNull(sse.headers!.get('content-encoding'))
    assert.include(sse.headers!.get('cache-control')!, 'no-transform')
    const interval = string.milliseconds.parse(app.config.get<string>('transmit.pingInterval'))
    assert.isAtMost(interval, 25_000)
  })

  test('an anonymous stream is sent to sign in', async ({ assert }) => {
    const response = await fetch(
      `${WebSession.baseUrl()}/__transmit/events?uid=${crypto.randomUUID()}`,
      { redirect: 'manual' }
    )
    assert.equal(response.status, 302)
    assert.match(response.headers.get('location')!, /^\/login/)
  })

  test('a user receives their own notification live, with the unread count', async ({
    assert,
    cleanup,
  }) => {
    const user = await createUser('rt.live@example.test', { locale: 'id', name: 'Dewi' })
    const sse = sseFor(await WebSession.login(user.email, PASSWORD))
    cleanup(() => sse.close())
    await sse.open()
    assert.equal(await sse.subscribe(`users/${user.id}/notifications`), 204)

    await NotificationService.send([{ userId: user.id, urgent: true }], {
      kind: 'system.test',
      params: { name: user.name },
    })
    const message = await sse.waitFor((candidate) => candidate.payload?.type === 'notification')
    assert.equal(message.channel, `users/${user.id}/notifications`)
    assert.equal(message.payload.item.title, 'Notifikasi uji')
    assert.isTrue(message.payload.item.urgent)
    assert.equal(message.payload.unread, 1)
  })

  test('refuses another user channel, unknown channels and incidents that do not exist', async ({
    assert,
    cleanup,
  }) => {
    const user = await createUser('rt.deny@example.test')
    const other = await createUser('rt.other@example.test')
    const sse = sseFor(await WebSession.login(user.email, PASSWORD))
    cleanup(() => sse.close())
    await sse.open()

    assert.equal(await sse.subscribe(`users/${other.id}/notifications`), 403)
    assert.equal(await sse.subscribe(`users/${user.id}/notifications/extra`), 403)
    assert.equal(await sse.subscribe('users/me/notifications'), 403)
    assert.equal(await sse.subscribe('everything'), 403)
    assert.equal(await sse.subscribe('incidents/999999'), 403)
    assert.equal(await sse.subscribe(`users/${user.id}/notifications`), 204)
  })

  test('an incident channel follows who may read the incident: its site, or its reporter', async ({
    assert,
    cleanup,
  }) => {
    const [main, other] = await twoSites()
    const reporter = await createUser('rt.reporter@example.test')
    await grantRole(reporter, 'reporter', null)
    const manager = await createUser('rt.site.manager@example.test')
    await grantRole(manager, 'incident_manager', other.id)
    const reported = await new IncidentService().report(
      { type: 'near_miss', description: 'Oil on the loading ramp', siteId: main.id },
      { userId: reporter.id }
    )

    const asReporter = sseFor(await WebSession.login(reporter.email, PASSWORD))
    const asManager = sseFor(await WebSession.login(manager.email, PASSWORD))
    cleanup(() => {
      asReporter.close()
      asManager.close()
    })
    await asReporter.open()
    await asManager.open()
    assert.equal(await asReporter.subscribe(`incidents/${reported.id}`), 204)
    assert.equal(await asManager.subscribe(`incidents/${reported.id}`), 403)
  })

  test('the dashboard channel follows dashboard.read on that site', async ({ assert, cleanup }) => {
    const [main, other] = await twoSites()
    const user = await createUser('rt.dashboard@example.test')
    await grantRole(user, 'hse_manager', main.id)
    const sse = sseFor(await WebSession.login(user.email, PASSWORD))
    cleanup(() => sse.close())
    await sse.open()

    assert.equal(await sse.subscribe(`dashboard/${main.id}`), 204)
    assert.equal(await sse.subscribe(`dashboard/${other.id}`), 403)
  })

  test('a subscription for a stream no instance holds fails', async ({ assert }) => {
    const user = await createUser('rt.nostream@example.test')
    const web = await WebSession.login(user.email, PASSWORD)
    const sse = sseFor(web)
    assert.equal(await sse.subscribe(`users/${user.id}/notifications`), 400)
  }).timeout(20_000)

  test('after a dropped stream the client catches up with what it missed', async ({
    assert,
    cleanup,
  }) => {
    const user = await createUser('rt.reconnect@example.test')
    const web = await WebSession.login(user.email, PASSWORD)
    const channel = `users/${user.id}/notifications`
    const notify = () =>
      NotificationService.send([{ userId: user.id, urgent: false }], {
        kind: 'system.test',
        params: { name: user.name },
      })

    const first = sseFor(web)
    await first.open()
    await first.subscribe(channel)
    await notify()
    const seen = await first.waitFor((message) => message.payload?.type === 'notification')
    const lastId = seen.payload.item.id as number
    await first.close()

    await notify()
    await notify()

    const second = sseFor(web)
    cleanup(() => second.close())
    await second.open()
    assert.equal(await second.subscribe(channel), 204)
    const feed = await web.request('GET', `/notifications/feed?since=${lastId}`)
    const body = (await feed.json()) as { unread: number; items: { id: number }[] }
    assert.equal(body.unread, 3)
    assert.lengthOf(body.items, 2)
    assert.isTrue(body.items.every((item) => item.id > lastId))

    await notify()
    const live = await second.waitFor((message) => message.payload?.type === 'notification')
    assert.equal(live.payload.unread, 4)
  })

  test('publish → receive latency on one instance', async ({ assert, cleanup }) => {
    const user = await createUser('rt.latency@example.test')
    const web = await WebSession.login(user.email, PASSWORD)
    const sse = sseFor(web)
    cleanup(() => sse.close())
    await sse.open()
    await sse.subscribe(`users/${user.id}/notifications`)

    const changes: number[] = []
    for (let index = 0; index < 20; index++) {
      const before = sse.messages.length
      const sentAt = performance.now()
      await web.request('POST', '/notifications/preferences/test', {})
      const received = await sse.waitFor(
        (message) =>
          sse.messages.indexOf(message) >= before && message.payload?.type === 'notification'
      )
      changes.push(received.receivedAt - sentAt)
    }
    const http = percentiles(changes)
    console.log(`[latency] 1 instance, POST → SSE: p50 ${http.p50} ms, p95 ${http.p95} ms`)

    const samples: number[] = []
    for (let index = 0; index < 50; index++) {
      const sentAt = performance.now()
      transmit.broadcast(`users/${user.id}/notifications`, { type: 'probe', index })
      const received = await sse.waitFor((message) => message.payload?.index === index)
      samples.push(received.receivedAt - sentAt)
    }
    const result = percentiles(samples)
    console.log(`[latency] 1 instance: p50 ${result.p50} ms, p95 ${result.p95} ms (n=${result.n})`)
    assert.equal(result.n, 50)
  })

  test('a stream uid held by another user is refused', async ({ assert, cleanup }) => {
    const owner = await createUser('rt.uid.owner@example.test')
    const intruder = await createUser('rt.uid.intruder@example.test')
    const sse = sseFor(await WebSession.login(owner.email, PASSWORD))
    cleanup(() => sse.close())
    await sse.open()

    const web = await WebSession.login(intruder.email, PASSWORD)
    const response = await fetch(`${WebSession.baseUrl()}/__transmit/events?uid=${sse.uid}`, {
      headers: { cookie: [...web.cookies].map(([name, value]) => `${name}=${value}`).join('; ') },
      redirect: 'manual',
    })
    await response.body?.cancel()
    assert.equal(response.status, 400)
  })
})
