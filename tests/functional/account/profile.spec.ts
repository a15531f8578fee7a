import { test } from '@japa/runner'
import hash from '@adonisjs/core/services/hash'
import testUtils from '@adonisjs/core/services/test_utils'
import RefreshToken from '#models/refresh_token'
import SecurityEvent from '#models/security_event'
import { ApiTokenService } from '#services/api_token_service'
import { NEW_PASSWORD, PASSWORD, USER_AGENTS, createUser, sessionRowOf } from './fixtures.js'
import { WebSession } from './web_session.js'

const passwordForm = (current: string, logoutOthers = false) => ({
  current_password: current,
  password: NEW_PASSWORD,
  password_confirmation: NEW_PASSWORD,
  ...(logoutOthers ? { logout_others: 'true' } : {}),
})

test.group('Profile', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('shows the signed-in user their own profile', async ({ client, assert }) => {
    const user = await createUser('profile.show@example.test')
    const response = await client.get('/profile').loginAs(user).withInertia()
    response.assertStatus(200)
    response.assertInertiaComponent('profile/show')
    response.assertInertiaPropsContains({
      profile: { id: user.id, name: user.name, email: user.email, locale: 'en' },
    })
    assert.notProperty(response.inertiaProps.profile, 'password')
  })

  test('updates the name and language, answering in the new language', async ({
    client,
    assert,
  }) => {
    const user = await createUser('profile.update@example.test')
    const response = await client
      .put('/profile')
      .loginAs(user)
      .form({ name: '  Budi Santoso  ', locale: 'id' })
      .withCsrfToken()
      .redirects(0)
    response.assertStatus(302)
    response.assertHeader('location', '/profile')
    response.assertFlashMessage('success', 'Profil Anda telah disimpan.')

    await user.refresh()
    assert.equal(user.name, 'Budi Santoso')
    assert.equal(user.locale, 'id')
  })

  test('rejects an empty name and an unsupported language', async ({ client, assert }) => {
    const user = await createUser('profile.invalid@example.test')
    const response = await client
      .put('/profile')
      .loginAs(user)
      .header('referer', '/profile')
      .form({ name: '   ', locale: 'fr' })
      .withCsrfToken()
      .redirects(0)
    response.assertStatus(302)
    const errors = response.flashMessage('inputErrorsBag')
    assert.properties(errors, ['name', 'locale'])

    await user.refresh()
    assert.equal(user.name, 'Ayu Lestari')
    assert.equal(user.locale, 'en')
  })

  test('refuses a password change without the right current password', async ({
    client,
    assert,
  }) => {
    const user = await createUser('profile.wrong@example.test')
    const response = await client
      .put('/profile/password')
      .loginAs(user)
      .form(passwordForm('not my password'))
      .withCsrfToken()
      .redirects(0)
    response.assertStatus(302)
    response.assertHeader('location', '/profile')
    response.assertFlashMessage('errorsBag', {
      current_password: 'The current password is incorrect.',
    })

    await user.refresh()
    assert.isTrue(await hash.verify(user.password, PASSWORD))
    const failed = await SecurityEvent.query()
      .where('user_id', user.id)
      .where('event', 'password.change_failed')
    assert.lengthOf(failed, 1)
  })

  test('locks password changes after five wrong current passwords', async ({ client, assert }) => {
    const user = await createUser('profile.locked@example.test')
    const attempt = (current: string) =>
      client
        .put('/profile/password')
        .loginAs(user)
        .form(passwordForm(current))
        .withCsrfToken()
        .redirects(0)

    for (let count = 1; count <= 5; count++) await attempt(`wrong guess ${count}`)
    const locked = await attempt(PASSWORD)
    locked.assertStatus(302)
    assert.match(
      String(locked.flashMessage('errorsBag').current_password),
      /^Too many wrong attempts/
    )
    await user.refresh()
    assert.isTrue(await hash.verify(user.password, PASSWORD), 'even the right one waits')
  })

  test('changes the password and keeps the other sessions unless asked', async ({ assert }) => {
    const user = await createUser('profile.keep@example.test')
    const laptop = await WebSession.login(user.email, PASSWORD, USER_AGENTS.laptop)
    const phone = await WebSession.login(user.email, PASSWORD, USER_AGENTS.phone)

    const response = await laptop.request('PUT', '/profile/password', passwordForm(PASSWORD))
    assert.equal(response.status, 302)
    assert.equal(response.headers.get('location'), '/profile')

    await user.refresh()
    assert.isTrue(await hash.verify(user.password, NEW_PASSWORD))
    assert.isNotNull(user.passwordChangedAt)
    const phoneAfter = await phone.request('GET', '/profile')
    assert.equal(phoneAfter.status, 200)
    const changed = await SecurityEvent.query()
      .where('user_id', user.id)
      .where('event', 'password.changed')
      .firstOrFail()
    assert.deepEqual(changed.meta, { other_sessions_revoked: false })
  })

  test('"log out other sessions" ends the others and API tokens but not this one', async ({
    client,
    assert,
  }) => {
    const user = await createUser('profile.others@example.test')
    const laptop = await WebSession.login(user.email, PASSWORD, USER_AGENTS.laptop)
    const phone = await WebSession.login(user.email, PASSWORD, USER_AGENTS.phone)
    const tablet = await WebSession.login(user.email, PASSWORD, USER_AGENTS.tablet)
    const api = await ApiTokenService.issue(user)

    const response = await laptop.request('PUT', '/profile/password', passwordForm(PASSWORD, true))
    assert.equal(response.status, 302)
    assert.equal(response.headers.get('location'), '/profile')

    const current = await sessionRowOf(user, USER_AGENTS.laptop)
    assert.isNull(current.revokedAt)
    const stillIn = await laptop.request('GET', '/profile')
    assert.equal(stillIn.status, 200)

    for (const [web, agent] of [
      [phone, USER_AGENTS.phone],
      [tablet, USER_AGENTS.tablet],
    ] as const) {
      const row = await sessionRowOf(user, agent)
      assert.isNotNull(row.revokedAt)
      const after = await web.request('GET', '/profile')
      assert.equal(after.status, 302)
      assert.equal(after.headers.get('location'), '/login')
    }

    const refresh = await RefreshToken.findByOrFail('user_id', user.id)
    assert.isNotNull(refresh.revokedAt)
    const refreshed = await client
      .post('/api/v1/auth/refresh')
      .json({ refreshToken: api.refreshToken })
    assert.equal(refreshed.status(), 401)
  })

  test('anonymous visitors are sent to login', async ({ client }) => {
    const response = await client.get('/profile').redirects(0)
    response.assertStatus(302)
    response.assertHeader('location', '/login')
  })
})
