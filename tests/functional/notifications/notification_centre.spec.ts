import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import Notification from '#models/notification'
import { NotificationService } from '#services/notifications/notification_service'
import { NotificationPreferences } from '#services/notifications/preferences'
import { Watchers } from '#services/notifications/watchers'
import { createUser, grantRole, twoSites } from './support.js'

const reported = (siteId: number, severity: number, actorId?: number) =>
  NotificationService.dispatch(
    { kind: 'incident.reported', siteId, severity: { actual: severity }, actorId },
    { params: { number: 'INC-1', title: 'Spill', actor: 'Ayu', site: 'North Yard' } }
  )

function notifyOne(userId: number, urgent = false) {
  return NotificationService.send([{ userId, urgent }], {
    kind: 'system.test',
    params: { name: 'Ayu' },
  })
}

test.group('Notifications / centre', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('a reported incident reaches the site managers in their own language, never the actor', async ({
    assert,
  }) => {
    const [, north] = await twoSites()
    const hse = await createUser('nc.hse@example.test', { locale: 'id' })
    const incidentManager = await createUser('nc.im@example.test')
    const elsewhere = await createUser('nc.else@example.test')
    const actor = await createUser('nc.actor@example.test')
    await grantRole(hse, 'hse_manager', north.id)
    await grantRole(incidentManager, 'incident_manager', north.id)
    await grantRole(actor, 'incident_manager', north.id)
    await grantRole(elsewhere, 'incident_manager', null)

    await reported(north.id, 2, actor.id)
    const rows = await Notification.query().whereIn('user_id', [
      hse.id,
      incidentManager.id,
      elsewhere.id,
      actor.id,
    ])
    const byUser = new Map(rows.map((row) => [row.userId, row]))
    assert.sameMembers([...byUser.keys()], [hse.id, incidentManager.id])
    assert.equal(byUser.get(hse.id)!.title, 'Insiden INC-1 dilaporkan: Spill')
    assert.equal(byUser.get(incidentManager.id)!.title, 'Incident INC-1 reported: Spill')
    assert.isFalse(byUser.get(hse.id)!.urgent)
  })

  test('severity 4 reaches every HSE manager as urgent, even one who switched the kind off', async ({
    assert,
  }) => {
    const [main, north] = await twoSites()
    const farAway = await createUser('nc.far@example.test')
    await grantRole(farAway, 'hse_manager', main.id)
    await NotificationPreferences.update(farAway.id, { 'incident.reported': 'none' })

    await reported(north.id, 4)
    const row = await Notification.query().where('user_id', farAway.id).firstOrFail()
    assert.isTrue(row.urgent)
  })

  test('a kind switched off stores nothing for a normal item', async ({ assert }) => {
    const user = await createUser('nc.off@example.test')
    await NotificationPreferences.update(user.id, { 'system.test': 'none' })
    await notifyOne(user.id)
    assert.lengthOf(await Notification.query().where('user_id', user.id), 0)
  })

  test('watchers hear about status changes; following twice is harmless', async ({ assert }) => {
    const reporter = await createUser('nc.reporter@example.test')
    const watcher = await createUser('nc.watcher@example.test')
    const actor = await createUser('nc.changer@example.test')
    const subject = { type: 'incident', id: 987_654 }
    await Watchers.autoFollow(subject, [reporter.id, actor.id, null])
    await Watchers.follow(subject, watcher.id)
    await Watchers.follow(subject, watcher.id)
    assert.deepEqual(await Watchers.of(subject), [reporter.id, watcher.id, actor.id].sort())

    await NotificationService.dispatch(
      {
        kind: 'incident.status_changed',
        actorId: actor.id,
        reporterId: reporter.id,
        watcherIds: await Watchers.of(subject),
      },
      { params: { number: 'INC-41', title: 'Spill', actor: 'Ayu', status: 'closed' }, subject }
    )
    const rows = await Notification.query()
      .where('subject_type', 'incident')
      .where('subject_id', subject.id)
    assert.sameMembers(
      rows.map((row) => row.userId),
      [reporter.id, watcher.id]
    )

    await Watchers.unfollow(subject, watcher.id)
    assert.isFalse(await Watchers.isFollowing(subject, watcher.id))
  })

  test('the page lists only one’s own items, filtered, and shares the unread count', async ({
    client,
    assert,
  }) => {
    const user = await createUser('nc.page@example.test')
    const other = await createUser('nc.page2@example.test')
    await notifyOne(user.id)
    await notifyOne(user.id, true)
    await notifyOne(other.id)

    const page = await client.get('/notifications').loginAs(user).withInertia()
    page.assertStatus(200)
    page.assertInertiaComponent('notifications/index')
    const props = page.inertiaProps as any
    assert.lengthOf(props.notifications.data, 2)
    assert.equal(props.unreadNotifications, 2)

    const urgent = await client.get('/notifications?status=urgent').loginAs(user).withInertia()
    assert.lengthOf((urgent.inertiaProps as any).notifications.data, 1)
  })

  test('mark one read, mark all read; another user’s item does not exist', async ({
    client,
    assert,
  }) => {
    const user = await createUser('nc.read@example.test')
    const other = await createUser('nc.read2@example.test')
    const [first] = await notifyOne(user.id)
    await notifyOne(user.id)
    const [foreign] = await notifyOne(other.id)

    const one = await client
      .put(`/notifications/${first.id}/read`)
      .loginAs(user)
      .withCsrfToken()
      .redirects(0)
    one.assertStatus(302)
    await first.refresh()
    assert.isNotNull(first.readAt)

    const denied = await client
      .put(`/notifications/${foreign.id}/read`)
      .loginAs(user)
      .withCsrfToken()
      .redirects(0)
    denied.assertStatus(404)
    await foreign.refresh()
    assert.isNull(foreign.readAt)

    await client.put('/notifications/read-all').loginAs(user).withCsrfToken().redirects(0)
    const feed = await client.get('/notifications/feed').loginAs(user).accept('json')
    assert.equal(feed.body().unread, 0)
    assert.lengthOf(feed.body().items, 2)
  })

  test('the feed returns what arrived after an id, oldest first', async ({ client, assert }) => {
    const user = await createUser('nc.feed@example.test')
    const [first] = await notifyOne(user.id)
    const [second] = await notifyOne(user.id)
    const [third] = await notifyOne(user.id)

    const feed = await client
      .get(`/notifications/feed?since=${first.id}`)
      .loginAs(user)
      .accept('json')
    feed.assertStatus(200)
    assert.equal(feed.body().unread, 3)
    assert.deepEqual(
      feed.body().items.map((item: { id: number }) => item.id),
      [second.id, third.id]
    )
  })

  test('preferences are saved per kind and validated', async ({ client, assert }) => {
    const user = await createUser('nc.prefs@example.test')
    const page = await client.get('/notifications/preferences').loginAs(user).withInertia()
    page.assertInertiaComponent('notifications/preferences')
    assert.equal((page.inertiaProps as any).preferences['record.commented'], 'in_app')

    const saved = await client
      .put('/notifications/preferences')
      .json({ preferences: { 'record.commented': 'both', 'capa.overdue': 'none' } })
      .loginAs(user)
      .withCsrfToken()
      .redirects(0)
    saved.assertStatus(302)
    const stored = await NotificationPreferences.forUser(user.id)
    assert.equal(stored['record.commented'], 'both')
    assert.equal(stored['capa.overdue'], 'none')

    const invalid = await client
      .put('/notifications/preferences')
      .json({ preferences: { 'record.commented': 'pigeon' } })
      .loginAs(user)
      .withCsrfToken()
      .accept('json')
    invalid.assertStatus(422)
  })

  test('following a record one cannot read (or of no registered type) is a 404', async ({
    client,
  }) => {
    const user = await createUser('nc.follow@example.test')
    const response = await client
      .post('/records/incident/1/watchers')
      .loginAs(user)
      .withCsrfToken()
      .redirects(0)
    response.assertStatus(404)
  })
})
