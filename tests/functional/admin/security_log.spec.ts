import { test } from '@japa/runner'
import type { ApiClient } from '@japa/api-client'
import db from '@adonisjs/lucid/services/db'
import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import type User from '#models/user'
import SecurityEvent from '#models/security_event'
import { USER_AGENTS, createUser } from '#tests/functional/account/fixtures'
import { clearLimits } from '#tests/functional/two_factor/support'
import { declaredRoutes } from '#tests/helpers/routes'
import { demoUser, isolate } from '#tests/helpers/identity'
import { submit } from './support.js'

type Entry = {
  id: number
  event: string
  email: string | null
  ipAddress: string | null
  userAgent: string | null
  userName: string | null
  actorName: string | null
  details: string
  createdAt: string
}

async function readLog(client: ApiClient, actor: User, qs: Record<string, unknown> = {}) {
  const response = await client.get('/admin/security-log').qs(qs).loginAs(actor).withInertia()
  response.assertStatus(200)
  response.assertInertiaComponent('admin/security_log/index')
  return (response.inertiaProps.events as { data: Entry[] }).data
}

test.group('Admin security log', (group) => {
  isolate(group)
  group.each.setup(() => clearLimits())

  test('administrators read who did what, when, from which IP and browser', async ({
    client,
    assert,
  }) => {
    const admin = await demoUser('admin')
    const target = await createUser('logged.target@example.test', { name: 'Rina Wulandari' })
    const response = await submit(client, 'put', `/admin/users/${target.id}/status`, admin)
      .header('x-forwarded-for', '198.51.100.77')
      .header('user-agent', USER_AGENTS.tablet)
      .json({ status: 'disabled' })
    response.assertStatus(302)
    const stored = await SecurityEvent.query()
      .where('event', 'user.disabled')
      .where('user_id', target.id)
      .firstOrFail()

    for (const reader of ['admin', 'super_admin']) {
      const entries = await readLog(client, await demoUser(reader), { event: 'user.disabled' })
      const entry = entries.find((candidate) => candidate.email === target.email)
      assert.exists(entry, reader)
      assert.equal(entry!.userName, 'Rina Wulandari')
      assert.equal(entry!.actorName, admin.name)
      assert.equal(entry!.ipAddress, '198.51.100.77')
      assert.equal(entry!.userAgent, USER_AGENTS.tablet)
      assert.equal(Date.parse(entry!.createdAt), stored.createdAt.toMillis())
    }
  })

  test('shows failed sign-ins newest first, without the password that was tried', async ({
    client,
    assert,
  }) => {
    const tried = 'my-secret-guess-123'
    for (const email of ['first.try@example.test', 'second.try@example.test']) {
      await client
        .post('/login')
        .header('x-forwarded-for', '198.51.100.78')
        .header('user-agent', USER_AGENTS.phone)
        .form({ email, password: tried })
        .withCsrfToken()
        .redirects(0)
    }

    const entries = await readLog(client, await demoUser('admin'), { event: 'login.failed' })
    assert.deepEqual(
      entries.slice(0, 2).map((entry) => [entry.email, entry.ipAddress, entry.userAgent]),
      [
        ['second.try@example.test', '198.51.100.78', USER_AGENTS.phone],
        ['first.try@example.test', '198.51.100.78', USER_AGENTS.phone],
      ]
    )
    assert.notInclude(JSON.stringify(entries), tried)
  })

  test('filters by person and by day', async ({ client, assert }) => {
    const admin = await demoUser('admin')
    await SecurityEvent.createMany([
      { event: 'login.failed', email: 'filter.old@example.test', meta: {} },
      { event: 'login.failed', email: 'filter.new@example.test', meta: {} },
    ])
    await db.table('security_events').insert({
      event: 'logout',
      email: 'filter.dated@example.test',
      created_at: '2025-03-04T10:00:00Z',
      meta: {},
    })

    const bySearch = await readLog(client, admin, { search: 'filter.new' })
    assert.deepEqual(
      bySearch.map((entry) => entry.email),
      ['filter.new@example.test']
    )
    const byDay = await readLog(client, admin, { from: '2025-03-04', to: '2025-03-04' })
    assert.deepEqual(
      byDay.map((entry) => entry.email),
      ['filter.dated@example.test']
    )
  })

  test('everyone else gets 403, managers included', async ({ client }) => {
    for (const name of ['hse_manager', 'security_manager', 'reporter', 'viewer']) {
      const response = await client
        .get('/admin/security-log')
        .loginAs(await demoUser(name))
        .withInertia()
      response.assertStatus(403)
    }
  })

  test('has no route that edits or deletes an entry', async ({ client, assert }) => {
    const routes = declaredRoutes().filter((route) => route.pattern.includes('security-log'))
    assert.deepEqual(
      routes.map((route) => `${route.method} ${route.pattern}`),
      ['GET /admin/security-log']
    )

    const entry = await SecurityEvent.create({
      event: 'logout',
      email: 'kept@example.test',
      meta: {},
    })
    const superAdmin = await demoUser('super_admin')
    for (const method of ['put', 'delete'] as const) {
      for (const url of ['/admin/security-log', `/admin/security-log/${entry.id}`]) {
        const response = await submit(client, method, url, superAdmin).json({ event: 'edited' })
        response.assertStatus(404)
      }
    }
    await entry.refresh()
    assert.equal(entry.event, 'logout')
  })

  test('the table itself refuses updates and deletes', async ({ assert }) => {
    const entry = await SecurityEvent.create({
      event: 'logout',
      email: 'fixed@example.test',
      meta: {},
    })
    const changes = [
      (trx: TransactionClientContract) =>
        trx.from('security_events').where('id', entry.id).update({ event: 'edited' }),
      (trx: TransactionClientContract) =>
        trx.from('security_events').where('id', entry.id).delete(),
    ]
    for (const change of changes) {
      await assert.rejects(() => db.transaction(change), /append-only/)
    }
    await entry.refresh()
    assert.equal(entry.event, 'logout')
  })
})
