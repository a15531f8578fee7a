import { test } from '@japa/runner'
import type { ApiClient } from '@japa/api-client'
import type { Assert } from '@japa/assert'
import i18nManager from '@adonisjs/i18n/services/main'
import testUtils from '@adonisjs/core/services/test_utils'
import SecurityEvent from '#models/security_event'
import { clearLimits } from '#tests/functional/two_factor/support'
import { PASSWORD, USER_AGENTS, createUser } from '#tests/functional/account/fixtures'

const MAX_FAILURES = 5
const WINDOW_SECONDS = 15 * 60
const INVALID = 'The email or password is incorrect.'

let nextIp = 1

/** Each test signs in from its own addresses so the per-IP limit never leaks between tests. */
function freshIp() {
  return `203.0.113.${nextIp++}`
}

function attempt(client: ApiClient, email: string, password: string, ip: string) {
  return client
    .post('/login')
    .header('x-forwarded-for', ip)
    .header('user-agent', USER_AGENTS.laptop)
    .header('referer', '/login')
    .form({ email, password })
    .withCsrfToken()
    .withInertia()
    .redirects(0)
}

type Attempt = Awaited<ReturnType<typeof attempt>>

/** What a client can observe of a refused login, minus the exact remaining seconds. */
function observable(response: Attempt) {
  const locked = response.status() === 429
  return {
    status: response.status(),
    location: response.header('location') ?? null,
    retryAfter: locked ? typeof response.header('retry-after') : null,
    component: locked ? response.inertiaComponent : null,
    props: locked ? Object.keys(response.inertiaProps).sort() : null,
    error: locked ? null : (response.flashMessage('errorsBag') ?? null),
  }
}

/** The retry time a 429 announces, checked against its own message. */
function assertLockedOut(response: Attempt, assert: Assert) {
  response.assertStatus(429)
  response.assertInertiaComponent('auth/login')
  const retryAfter = Number(response.header('retry-after'))
  assert.isTrue(Number.isInteger(retryAfter), 'Retry-After is a number of seconds')
  assert.isAbove(retryAfter, 0)
  assert.isAtMost(retryAfter, WINDOW_SECONDS)
  const minutes = Math.ceil(retryAfter / 60)
  assert.equal(
    response.inertiaProps.lockout,
    i18nManager.locale('en').t('auth.locked_out', { minutes })
  )
}

async function failRepeatedly(client: ApiClient, email: string, ip: string, times: number) {
  const responses: Attempt[] = []
  for (let index = 0; index < times; index++) {
    responses.push(await attempt(client, email, 'not the password', ip))
  }
  return responses
}

test.group('Login lockout', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())
  group.each.setup(() => clearLimits())

  test('after five failures for an email and IP, even the right password gets 429 with a retry time', async ({
    client,
    assert,
  }) => {
    const user = await createUser('lockout.email@example.test')
    const ip = freshIp()
    const failures = await failRepeatedly(client, user.email, ip, MAX_FAILURES)

    for (const response of failures) {
      response.assertStatus(302)
      response.assertFlashMessage('errorsBag', { email: INVALID })
    }

    const blocked = await attempt(client, user.email, PASSWORD, ip)
    assertLockedOut(blocked, assert)
    assert.notExists(blocked.header('location'), 'a locked-out login must not redirect anywhere')
    const signedIn = await SecurityEvent.query()
      .where('event', 'login.succeeded')
      .where('user_id', user.id)
      .first()
    assert.isNull(signedIn, 'the right password during a lockout must not sign in')

    const elsewhere = await attempt(client, user.email, PASSWORD, freshIp())
    elsewhere.assertStatus(302)
    elsewhere.assertHeader('location', '/dashboard')
  })

  test('five failures from one IP lock that IP out for every email', async ({ client, assert }) => {
    const user = await createUser('lockout.ip@example.test')
    const ip = freshIp()
    for (let index = 0; index < MAX_FAILURES; index++) {
      const response = await attempt(client, `nobody.${index}@example.test`, 'guess', ip)
      response.assertStatus(302)
    }
    assertLockedOut(await attempt(client, 'someone.else@example.test', 'guess', ip), assert)

    assertLockedOut(await attempt(client, user.email, PASSWORD, ip), assert)

    const elsewhere = await attempt(client, user.email, PASSWORD, freshIp())
    elsewhere.assertHeader('location', '/dashboard')
  })

  test('answers the same for an existing and an unknown email, failure after failure', async ({
    client,
    assert,
  }) => {
    const user = await createUser('lockout.exists@example.test')
    const existing = await failRepeatedly(client, user.email, freshIp(), MAX_FAILURES + 1)
    const unknown = await failRepeatedly(
      client,
      'lockout.nobody@example.test',
      freshIp(),
      MAX_FAILURES + 1
    )

    assert.deepEqual(existing.map(observable), unknown.map(observable))
    assert.equal(existing[0].status(), 302)
    assert.equal(existing[MAX_FAILURES].status(), 429)
    assert.equal(
      existing[MAX_FAILURES].inertiaProps.lockout,
      unknown[MAX_FAILURES].inertiaProps.lockout
    )
  })

  test('web and API sign-ins share the counters: web failures lock the token endpoint', async ({
    client,
    assert,
  }) => {
    const user = await createUser('lockout.api@example.test')
    const ip = freshIp()
    await failRepeatedly(client, user.email, ip, MAX_FAILURES)

    const api = await client
      .post('/api/v1/auth/token')
      .header('x-forwarded-for', ip)
      .json({ email: user.email, password: PASSWORD })
    api.assertStatus(429)
    const retryAfter = Number(api.header('retry-after'))
    assert.isAbove(retryAfter, 0)
    assert.isAtMost(retryAfter, WINDOW_SECONDS)
    assert.notProperty(api.body(), 'accessToken')
  })

  test('records each failure and the lockout in the security log with email, IP and agent', async ({
    client,
    assert,
  }) => {
    const user = await createUser('lockout.logged@example.test')
    const ip = freshIp()
    await failRepeatedly(client, user.email, ip, MAX_FAILURES)
    await attempt(client, user.email, PASSWORD, ip)

    const events = await SecurityEvent.query()
      .where('email', user.email)
      .orderBy('id', 'asc')
      .select('event', 'ip_address', 'user_agent', 'meta')
    assert.deepEqual(
      events.map((event) => event.event),
      [...Array(MAX_FAILURES).fill('login.failed'), 'login.locked_out', 'login.locked_out']
    )
    for (const event of events) {
      assert.equal(event.ipAddress, ip)
      assert.equal(event.userAgent, USER_AGENTS.laptop)
    }
    for (const event of events.filter((entry) => entry.event === 'login.locked_out')) {
      assert.isAbove(Number(event.meta.retry_after), 0)
    }
  })
})
