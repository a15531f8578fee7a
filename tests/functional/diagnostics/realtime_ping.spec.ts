import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import { WebSession } from '#tests/functional/account/web_session'
import {
  PASSWORD,
  createUser,
  grantRole,
  sseFor,
  twoSites,
} from '#tests/functional/notifications/support'
import { customRole, demoUser } from '#tests/helpers/identity'
import Permission from '#models/permission'

const URL = '/api/v1/diagnostics/realtime-ping'

test.group('Diagnostics / realtime ping', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('an administrator sends timestamped pings a dashboard stream receives', async ({
    client,
    assert,
    cleanup,
  }) => {
    const [main] = await twoSites()
    const viewer = await createUser('ping.viewer@example.test')
    await grantRole(viewer, 'hse_manager', main.id)
    const sse = sseFor(await WebSession.login(viewer.email, PASSWORD))
    cleanup(() => sse.close())
    assert.equal(await sse.open(), 200)
    assert.equal(await sse.subscribe(`dashboard/${main.id}`), 204)

    const before = performance.timeOrigin + performance.now()
    const response = await client
      .post(URL)
      .json({ siteId: main.id, count: 3, intervalMs: 5 })
      .withGuard('api')
      .loginAs(await demoUser('admin'))

    response.assertStatus(200)
    const { data } = response.body()
    assert.equal(data.channel, `dashboard/${main.id}`)
    assert.equal(data.sent, 3)
    for (const key of ['p50', 'p99', 'max']) assert.isAtLeast(data.eventLoopDelayMs[key], 0)
    assert.isAtLeast(data.eventLoopDelayMs.max, data.eventLoopDelayMs.p50)

    await sse.waitFor((message) => message.payload?.seq === 3)
    const pings = sse.messages.filter((message) => message.payload?.type === 'ping')
    assert.deepEqual(
      pings.map((message) => message.payload.seq),
      [1, 2, 3]
    )
    for (const { channel, payload } of pings) {
      assert.equal(channel, `dashboard/${main.id}`)
      assert.isAbove(payload.sentAt, before)
      assert.isBelow(payload.sentAt, performance.timeOrigin + performance.now())
      assert.notEqual(Math.trunc(payload.sentAt), payload.sentAt, 'sub-millisecond precision')
    }
  })

  test('roles without settings.configure are refused', async ({ client, assert }) => {
    for (const role of ['hse_manager', 'reporter', 'viewer']) {
      const response = await client
        .post(URL)
        .json({ siteId: 1, count: 1 })
        .withGuard('api')
        .loginAs(await demoUser(role))
      assert.equal(response.status(), 403, role)
    }
  })

  test('settings.configure granted at another site does not reach this one', async ({
    client,
    assert,
  }) => {
    const [main, other] = await twoSites()
    const operator = await createUser('ping.operator@example.test')
    const role = await customRole()
    const configure = await Permission.findByOrFail({ module: 'settings', action: 'configure' })
    await role.related('permissions').attach([configure.id])
    await grantRole(operator, role.name, other.id)

    const elsewhere = await client
      .post(URL)
      .json({ siteId: main.id, count: 1 })
      .withGuard('api')
      .loginAs(operator)
    elsewhere.assertStatus(403)
    const own = await client
      .post(URL)
      .json({ siteId: other.id, count: 1, intervalMs: 0 })
      .withGuard('api')
      .loginAs(operator)
    own.assertStatus(200)
    assert.equal(own.body().data.sent, 1)
  })

  test('a count outside 1–100 is refused with a message for the field', async ({
    client,
    assert,
  }) => {
    const admin = await demoUser('admin')
    for (const count of [0, 101, 2.5, 'many']) {
      const response = await client
        .post(URL)
        .json({ siteId: 1, count })
        .withGuard('api')
        .loginAs(admin)
      response.assertStatus(422)
      const error = response
        .body()
        .errors.find((entry: { field: string }) => entry.field === 'count')
      assert.exists(error, `count ${count}`)
      assert.include(error.message, 'number of pings')
    }
    const indonesian = await client
      .post(URL)
      .header('accept-language', 'id')
      .json({ siteId: 1, count: 0 })
      .withGuard('api')
      .loginAs(admin)
    indonesian.assertStatus(422)
    assert.include(indonesian.body().errors[0].message, 'jumlah ping')
  })
})
