import { test } from '@japa/runner'
import type { ApiClient } from '@japa/api-client'
import type { SessionData } from '@adonisjs/session/types'
import testUtils from '@adonisjs/core/services/test_utils'
import type User from '#models/user'
import { PENDING_TWO_FACTOR_KEY } from '#services/login_service'
import { DEMO_PASSWORD } from '#app/data/roles'
import {
  activeSessions,
  clearLimits,
  codeAt,
  enrolledDemoUser,
  securityEvents,
  wrongCode,
} from '#tests/functional/two_factor/support'

const INVALID_CODE = 'That code is not valid. Check the time on your phone and try again.'

/** The password step; returns the session holding the pending two-factor user. */
async function passwordStep(client: ApiClient, user: User) {
  const response = await client
    .post('/login')
    .form({ email: user.email, password: DEMO_PASSWORD })
    .withCsrfToken()
    .redirects(0)
  response.assertStatus(302)
  response.assertHeader('location', '/two-factor')
  return response.session() as SessionData
}

function submitCode(client: ApiClient, session: SessionData, code: string) {
  return client.post('/two-factor').withSession(session).form({ code }).withCsrfToken().redirects(0)
}

test.group('Two-factor / login challenge', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())
  group.each.setup(() => clearLimits())

  test('the password step hands over to the challenge, with an expiry', async ({
    client,
    assert,
  }) => {
    const { user } = await enrolledDemoUser()
    const session = await passwordStep(client, user)
    const pending = session[PENDING_TWO_FACTOR_KEY] as { userId: number; expiresAt: number }
    assert.equal(pending.userId, user.id)
    assert.closeTo(pending.expiresAt - Date.now(), 5 * 60_000, 10_000)
    assert.notProperty(session, 'auth_web')

    const page = await client.get('/two-factor').withSession(session).withInertia()
    page.assertStatus(200)
    page.assertInertiaComponent('two_factor/challenge')

    const dashboard = await client.get('/dashboard').withSession(session).redirects(0)
    dashboard.assertHeader('location', '/login')
  })

  test('a wrong code is refused and logged; the right code signs in', async ({
    client,
    assert,
  }) => {
    const { user, secret } = await enrolledDemoUser()
    const session = await passwordStep(client, user)

    const wrong = await submitCode(client, session, wrongCode(secret))
    wrong.assertStatus(302)
    wrong.assertHeader('location', '/two-factor')
    wrong.assertFlashMessage('errorsBag', { code: INVALID_CODE })
    assert.notProperty(wrong.session(), 'auth_web')
    assert.isAbove(await securityEvents('two_factor.failed', user.id), 0)

    const right = await submitCode(client, wrong.session(), codeAt(secret))
    right.assertStatus(302)
    right.assertHeader('location', '/dashboard')
    right.assertSession('auth_web', user.id)
    right.assertSessionMissing(PENDING_TWO_FACTOR_KEY)
    assert.isAbove(await securityEvents('login.succeeded', user.id), 0)
    assert.isAbove(await activeSessions(user.id), 0)

    const dashboard = await client.get('/dashboard').withSession(right.session()).withInertia()
    dashboard.assertStatus(200)
    dashboard.assertInertiaComponent('dashboard/show')
  })

  test('the same TOTP code cannot sign in twice', async ({ client }) => {
    const { user, secret } = await enrolledDemoUser()
    const code = codeAt(secret)
    const first = await submitCode(client, await passwordStep(client, user), code)
    first.assertHeader('location', '/dashboard')

    const replay = await submitCode(client, await passwordStep(client, user), code)
    replay.assertHeader('location', '/two-factor')
    replay.assertFlashMessage('errorsBag', { code: INVALID_CODE })
  })

  test('a recovery code signs in once', async ({ client, assert }) => {
    const { user, recoveryCodes } = await enrolledDemoUser()
    const first = await submitCode(client, await passwordStep(client, user), recoveryCodes[0])
    first.assertHeader('location', '/dashboard')
    first.assertSession('auth_web', user.id)
    first.assertFlashMessage('success', 'You signed in with a recovery code. 9 codes are left.')
    assert.isAbove(await securityEvents('two_factor.recovery_used', user.id), 0)

    const again = await submitCode(client, await passwordStep(client, user), recoveryCodes[0])
    again.assertHeader('location', '/two-factor')
    assert.notProperty(again.session(), 'auth_web')
  })

  test('too many wrong codes answer 429 and end the pending sign-in', async ({
    client,
    assert,
  }) => {
    const { user, secret } = await enrolledDemoUser()
    let session = await passwordStep(client, user)
    for (let attempt = 1; attempt <= 4; attempt++) {
      const response = await submitCode(client, session, wrongCode(secret))
      response.assertStatus(302)
      session = response.session()
    }
    const locked = await submitCode(client, session, wrongCode(secret))
    locked.assertStatus(429)
    assert.isAbove(Number(locked.header('retry-after')), 0)
    locked.assertSessionMissing(PENDING_TWO_FACTOR_KEY)
    assert.equal(await securityEvents('two_factor.failed', user.id), 5)
    assert.isAbove(await securityEvents('login.locked_out', user.id), 0)

    const afterwards = await submitCode(client, locked.session(), codeAt(secret))
    afterwards.assertHeader('location', '/login')
    const password = await client
      .post('/login')
      .form({ email: user.email, password: DEMO_PASSWORD })
      .withCsrfToken()
      .redirects(0)
    password.assertStatus(429)
  })

  test('a pending sign-in expires after five minutes', async ({ client }) => {
    const { user, secret } = await enrolledDemoUser()
    const session = {
      [PENDING_TWO_FACTOR_KEY]: { userId: user.id, expiresAt: Date.now() - 1 },
    }
    const page = await client.get('/two-factor').withSession(session).redirects(0)
    page.assertHeader('location', '/login')
    page.assertFlashMessage('error', 'Your sign-in took too long. Please sign in again.')

    const submit = await submitCode(client, session, codeAt(secret))
    submit.assertHeader('location', '/login')
    submit.assertSessionMissing('auth_web')
  })

  test('without a pending sign-in the challenge sends to the login page', async ({ client }) => {
    const response = await client.get('/two-factor').redirects(0)
    response.assertStatus(302)
    response.assertHeader('location', '/login')
  })
})
