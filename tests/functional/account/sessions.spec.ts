import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import SecurityEvent from '#models/security_event'
import UserSession from '#models/user_session'
import { PASSWORD, USER_AGENTS, createUser, sessionRowOf } from './fixtures.js'
import { WebSession } from './web_session.js'

test.group('Active sessions', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('lists only the user own sessions, marking this device', async ({ assert }) => {
    const user = await createUser('sessions.list@example.test')
    const other = await createUser('sessions.other@example.test')
    const laptop = await WebSession.login(user.email, PASSWORD, USER_AGENTS.laptop)
    await WebSession.login(user.email, PASSWORD, USER_AGENTS.phone)
    await WebSession.login(other.email, PASSWORD, USER_AGENTS.tablet)

    const { response, page } = await laptop.page('/profile/sessions')
    assert.equal(response.status, 200)
    assert.equal(page?.component, 'profile/sessions')
    const sessions = page!.props.sessions as Record<string, unknown>[]

    const own = await UserSession.query().where('user_id', user.id).whereNull('revoked_at')
    assert.sameMembers(
      sessions.map((session) => session.id),
      own.map((row) => row.id)
    )
    assert.lengthOf(sessions, 2)
    const laptopRow = await sessionRowOf(user, USER_AGENTS.laptop)
    const phoneRow = await sessionRowOf(user, USER_AGENTS.phone)
    assert.containsSubset(sessions, [
      { id: laptopRow.id, browser: 'Firefox', os: 'Windows', mobile: false, current: true },
      { id: phoneRow.id, browser: 'Chrome', os: 'Android', mobile: true, current: false },
    ])
    const current = sessions.filter((session) => session.current)
    assert.lengthOf(current, 1)
    for (const session of sessions) {
      assert.properties(session, ['ipAddress', 'createdAt', 'lastSeenAt'])
      assert.notProperty(session, 'userAgent')
    }
  })

  test('signs another of the user sessions out', async ({ assert }) => {
    const user = await createUser('sessions.revoke@example.test')
    const laptop = await WebSession.login(user.email, PASSWORD, USER_AGENTS.laptop)
    const phone = await WebSession.login(user.email, PASSWORD, USER_AGENTS.phone)
    const phoneRow = await sessionRowOf(user, USER_AGENTS.phone)

    const response = await laptop.request('DELETE', `/profile/sessions/${phoneRow.id}`)
    assert.equal(response.status, 302)
    assert.equal(response.headers.get('location'), '/profile/sessions')

    await phoneRow.refresh()
    assert.isNotNull(phoneRow.revokedAt)
    const phoneAfter = await phone.request('GET', '/profile')
    assert.equal(phoneAfter.status, 302)
    assert.equal(phoneAfter.headers.get('location'), '/login')
    const laptopAfter = await laptop.request('GET', '/profile')
    assert.equal(laptopAfter.status, 200)

    const event = await SecurityEvent.query()
      .where('user_id', user.id)
      .where('event', 'session.revoked')
      .firstOrFail()
    assert.deepEqual(event.meta, { session_id: phoneRow.id })
  })

  test('refuses to touch another user session', async ({ assert }) => {
    const user = await createUser('sessions.intruder@example.test')
    const victim = await createUser('sessions.victim@example.test')
    const intruder = await WebSession.login(user.email, PASSWORD, USER_AGENTS.laptop)
    const victimWeb = await WebSession.login(victim.email, PASSWORD, USER_AGENTS.phone)
    const victimRow = await sessionRowOf(victim, USER_AGENTS.phone)

    for (const id of [victimRow.id, 'not-a-uuid', '00000000-0000-4000-8000-000000000000']) {
      const response = await intruder.request('DELETE', `/profile/sessions/${id}`)
      assert.equal(response.status, 404, `DELETE ${id}`)
    }

    await victimRow.refresh()
    assert.isNull(victimRow.revokedAt)
    const victimAfter = await victimWeb.request('GET', '/profile')
    assert.equal(victimAfter.status, 200)
  })

  test('does not sign out the current session from the list', async ({ assert }) => {
    const user = await createUser('sessions.self@example.test')
    const laptop = await WebSession.login(user.email, PASSWORD, USER_AGENTS.laptop)
    const row = await sessionRowOf(user, USER_AGENTS.laptop)

    const response = await laptop.request('DELETE', `/profile/sessions/${row.id}`)
    assert.equal(response.status, 302)
    await row.refresh()
    assert.isNull(row.revokedAt)
    const after = await laptop.request('GET', '/profile')
    assert.equal(after.status, 200)
  })
})
