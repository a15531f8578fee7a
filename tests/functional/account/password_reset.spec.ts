import { test } from '@japa/runner'
import type { ApiClient } from '@japa/api-client'
import { DateTime } from 'luxon'
import hash from '@adonisjs/core/services/hash'
import testUtils from '@adonisjs/core/services/test_utils'
import PasswordResetToken from '#models/password_reset_token'
import RefreshToken from '#models/refresh_token'
import SecurityEvent from '#models/security_event'
import UserSession from '#models/user_session'
import { ApiTokenService } from '#services/api_token_service'
import { SmtpCatcher } from '#tests/helpers/smtp'
import { NEW_PASSWORD, PASSWORD, USER_AGENTS, createUser, resetLinkIn, sha256 } from './fixtures.js'
import { WebSession } from './web_session.js'

const smtp = new SmtpCatcher()
let nextIp = 1

/** Each test asks from its own address so the per-IP limit never leaks between tests. */
function freshIp() {
  return `198.51.100.${nextIp++}`
}

function requestReset(client: ApiClient, email: string, ip: string) {
  return client
    .post('/forgot-password')
    .header('x-forwarded-for', ip)
    .form({ email })
    .withCsrfToken()
    .redirects(0)
}

test.group('Password reset by email', (group) => {
  group.setup(async () => {
    await smtp.start()
    return () => smtp.stop()
  })
  group.each.setup(() => {
    smtp.clear()
    return testUtils.db().withGlobalTransaction()
  })

  test('shows the request form to guests, linked from the login page', async ({ client }) => {
    const login = await client.get('/login').withInertia()
    login.assertInertiaComponent('auth/login')
    const page = await client.get('/forgot-password').withInertia()
    page.assertStatus(200)
    page.assertInertiaComponent('auth/forgot_password')
  })

  test('mails a single-use link in the user language that resets the password and ends every session', async ({
    client,
    assert,
  }) => {
    const user = await createUser('siti.reset@example.test', { locale: 'id', name: 'Siti Rahma' })
    const laptop = await WebSession.login(user.email, PASSWORD, USER_AGENTS.laptop)
    const phone = await WebSession.login(user.email, PASSWORD, USER_AGENTS.phone)
    const apiTokens = await ApiTokenService.issue(user)
    const before = await laptop.request('GET', '/profile')
    assert.equal(before.status, 200)

    const response = await requestReset(client, 'SITI.RESET@example.test', freshIp())
    response.assertStatus(302)
    response.assertHeader('location', '/forgot-password')

    const mail = await smtp.waitFor(user.email)
    assert.equal(mail.subject, 'Atur ulang kata sandi HarmoniHSE360 Anda')
    assert.include(mail.text, 'Halo Siti Rahma,')
    assert.include(mail.text, '60 menit')
    const { url, token } = resetLinkIn(mail)
    assert.equal(url.pathname, `/reset-password/${token}`)
    assert.lengthOf(Buffer.from(token, 'base64url'), 32)
    assert.include(mail.html, `href="${url.href}"`)
    assert.include(mail.html, 'Pilih kata sandi baru')

    const stored = await PasswordResetToken.query().where('user_id', user.id).firstOrFail()
    assert.equal(stored.tokenHash, sha256(token), 'only the hash of the token is stored')
    assert.isNull(stored.usedAt)
    assert.closeTo(stored.expiresAt.diff(DateTime.now(), 'minutes').minutes, 60, 1)

    const form = await client.get(url.pathname).withInertia()
    form.assertStatus(200)
    form.assertInertiaComponent('auth/reset_password')
    form.assertInertiaPropsContains({ token })
    form.assertHeader('referrer-policy', 'no-referrer')

    const reset = await client
      .put(url.pathname)
      .form({ password: NEW_PASSWORD, password_confirmation: NEW_PASSWORD })
      .withCsrfToken()
      .redirects(0)
    reset.assertStatus(302)
    reset.assertHeader('location', '/login')
    reset.assertFlashMessage('success')

    await user.refresh()
    assert.isTrue(await hash.verify(user.password, NEW_PASSWORD))
    assert.isNotNull(user.passwordChangedAt)
    await stored.refresh()
    assert.isNotNull(stored.usedAt)

    const liveSessions = await UserSession.query().where('user_id', user.id).whereNull('revoked_at')
    assert.lengthOf(liveSessions, 0)
    for (const web of [laptop, phone]) {
      const again = await web.request('GET', '/profile')
      assert.equal(again.status, 302)
      assert.equal(again.headers.get('location'), '/login')
    }
    const refresh = await RefreshToken.findByOrFail('user_id', user.id)
    assert.isNotNull(refresh.revokedAt)
    const refreshed = await client
      .post('/api/v1/auth/refresh')
      .json({ refreshToken: apiTokens.refreshToken })
    assert.equal(refreshed.status(), 401)

    const events = await SecurityEvent.query().where('user_id', user.id).select('event')
    const names = events.map((event) => event.event)
    assert.includeMembers(names, ['password.reset_requested', 'password.reset'])

    const secondVisit = await client.get(url.pathname).withInertia()
    secondVisit.assertStatus(410)
    secondVisit.assertInertiaComponent('auth/reset_password')
    secondVisit.assertInertiaPropsContains({ token: null })
    const secondUse = await client
      .put(url.pathname)
      .form({ password: 'yet another passphrase', password_confirmation: 'yet another passphrase' })
      .withCsrfToken()
      .redirects(0)
    secondUse.assertStatus(410)
    await user.refresh()
    assert.isTrue(await hash.verify(user.password, NEW_PASSWORD))

    await WebSession.login(user.email, NEW_PASSWORD)
  })

  test('answers an unknown email exactly like a known one and mails nothing', async ({
    client,
    assert,
  }) => {
    const user = await createUser('known.reset@example.test')
    const ip = freshIp()

    const unknown = await requestReset(client, 'nobody.here@example.test', ip)
    const known = await requestReset(client, user.email, ip)

    assert.equal(unknown.status(), known.status())
    assert.equal(unknown.header('location'), known.header('location'))
    assert.deepEqual(unknown.flashMessages(), known.flashMessages())
    unknown.assertFlashMessage(
      'success',
      'If an account exists for that email address, a link to reset the password is on its way. Check your inbox.'
    )

    await smtp.waitFor(user.email)
    assert.lengthOf(smtp.sentTo('nobody.here@example.test'), 0)
    assert.lengthOf(smtp.sentTo(user.email), 1)
    const logged = await SecurityEvent.query()
      .where('event', 'password.reset_requested')
      .where('email', 'nobody.here@example.test')
      .first()
    assert.isNotNull(logged)
    assert.isNull(logged!.userId)
  })

  test('sends nothing to a disabled account', async ({ client, assert }) => {
    const user = await createUser('disabled.reset@example.test')
    user.status = 'disabled'
    await user.save()

    const response = await requestReset(client, user.email, freshIp())
    response.assertStatus(302)
    assert.lengthOf(await PasswordResetToken.query().where('user_id', user.id), 0)
  })

  test('refuses expired and unknown links with a clear page', async ({ client, assert }) => {
    const user = await createUser('expired.reset@example.test')
    const token = 'expired-token-expired-token-expired-token-xx'
    await PasswordResetToken.create({
      userId: user.id,
      tokenHash: sha256(token),
      expiresAt: DateTime.now().minus({ minutes: 1 }),
    })

    for (const candidate of [token, 'never-issued-token', 'x'.repeat(300)]) {
      const page = await client.get(`/reset-password/${candidate}`).withInertia()
      page.assertStatus(410)
      page.assertInertiaComponent('auth/reset_password')
      page.assertInertiaPropsContains({ token: null })
    }

    const submit = await client
      .put(`/reset-password/${token}`)
      .form({ password: NEW_PASSWORD, password_confirmation: NEW_PASSWORD })
      .withCsrfToken()
      .withInertia()
    submit.assertStatus(410)
    await user.refresh()
    assert.isTrue(await hash.verify(user.password, PASSWORD))
  })

  test('only the newest link works', async ({ client, assert }) => {
    const user = await createUser('twice.reset@example.test')
    const ip = freshIp()
    await requestReset(client, user.email, ip)
    await smtp.waitFor(user.email)
    await requestReset(client, user.email, ip)
    const mails = await smtp.waitForCount(user.email, 2)

    const [first, second] = mails.map((mail) => resetLinkIn(mail).url.pathname)
    assert.notEqual(first, second)
    const older = await client.get(first).withInertia()
    older.assertStatus(410)
    const newest = await client.get(second).withInertia()
    newest.assertStatus(200)
  })

  test('validates the new password next to its fields', async ({ client, assert }) => {
    const user = await createUser('weak.reset@example.test')
    const token = 'valid-token-valid-token-valid-token-valid-tok'
    await PasswordResetToken.create({
      userId: user.id,
      tokenHash: sha256(token),
      expiresAt: DateTime.now().plus({ minutes: 30 }),
    })

    const tooShort = await client
      .put(`/reset-password/${token}`)
      .header('referer', `/reset-password/${token}`)
      .form({ password: 'short', password_confirmation: 'short' })
      .withCsrfToken()
      .redirects(0)
    tooShort.assertStatus(302)
    assert.property(tooShort.flashMessage('inputErrorsBag'), 'password')

    const mismatch = await client
      .put(`/reset-password/${token}`)
      .header('referer', `/reset-password/${token}`)
      .form({ password: NEW_PASSWORD, password_confirmation: `${NEW_PASSWORD}!` })
      .withCsrfToken()
      .redirects(0)
    mismatch.assertStatus(302)
    assert.property(mismatch.flashMessage('inputErrorsBag'), 'password_confirmation')

    await user.refresh()
    assert.isTrue(await hash.verify(user.password, PASSWORD))
    const row = await PasswordResetToken.findByOrFail('token_hash', sha256(token))
    assert.isNull(row.usedAt, 'a rejected submit does not use up the link')
  })

  test('limits requests per email and per address with a 429', async ({ client, assert }) => {
    const ip = freshIp()
    for (let attempt = 1; attempt <= 5; attempt++) {
      const allowed = await requestReset(client, 'limited@example.test', ip)
      allowed.assertStatus(302)
    }
    const blocked = await requestReset(client, 'limited@example.test', freshIp()).withInertia()
    blocked.assertStatus(429)
    blocked.assertInertiaComponent('auth/forgot_password')
    assert.match(
      blocked.inertiaProps.throttled,
      /Too many reset requests\. Try again in 1\d? minutes?\./
    )
    assert.isAbove(Number(blocked.header('retry-after')), 0)

    const office = freshIp()
    for (let attempt = 1; attempt <= 20; attempt++) {
      const allowed = await requestReset(client, `person${attempt}@example.test`, office)
      allowed.assertStatus(302)
    }
    const officeBlocked = await requestReset(client, 'person21@example.test', office)
    officeBlocked.assertStatus(429)
  })

  test('a mail that cannot be sent never fails the request', async ({ client }) => {
    const user = await createUser('smtp.down@example.test')
    await smtp.stop()
    try {
      const response = await requestReset(client, user.email, freshIp())
      response.assertStatus(302)
      response.assertHeader('location', '/forgot-password')
      response.assertFlashMessage('success')
    } finally {
      await smtp.start()
    }
  })
})
