import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import { DEMO_PASSWORD, demoEmail } from '#app/data/roles'
import {
  clearLimits,
  codeAt,
  enforceTwoFactor,
  enrolledDemoUser,
  securityEvents,
  wrongCode,
} from '#tests/functional/two_factor/support'

test.group('Two-factor / API tokens', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())
  group.each.setup(() => clearLimits())

  test('asks an enrolled user for the otp and checks it', async ({ client, assert }) => {
    const { user, secret } = await enrolledDemoUser()
    const credentials = { email: user.email, password: DEMO_PASSWORD }

    const missing = await client.post('/api/v1/auth/token').json(credentials)
    missing.assertStatus(401)
    assert.equal(missing.body().errors[0].code, 'E_OTP_REQUIRED')

    const wrong = await client
      .post('/api/v1/auth/token')
      .json({ ...credentials, otp: wrongCode(secret) })
    wrong.assertStatus(401)
    assert.equal(wrong.body().errors[0].code, 'E_OTP_INVALID')
    assert.isAbove(await securityEvents('two_factor.failed', user.id), 0)

    const code = codeAt(secret)
    const right = await client.post('/api/v1/auth/token').json({ ...credentials, otp: code })
    right.assertStatus(201)
    assert.properties(right.body(), ['accessToken', 'refreshToken'])

    const replay = await client.post('/api/v1/auth/token').json({ ...credentials, otp: code })
    replay.assertStatus(401)
    assert.equal(replay.body().errors[0].code, 'E_OTP_INVALID')
  })

  test('accepts a recovery code as the otp, once', async ({ client }) => {
    const { user, recoveryCodes } = await enrolledDemoUser()
    const body = { email: user.email, password: DEMO_PASSWORD, otp: recoveryCodes[3] }
    const first = await client.post('/api/v1/auth/token').json(body)
    first.assertStatus(201)
    const again = await client.post('/api/v1/auth/token').json(body)
    again.assertStatus(401)
  })

  test('refuses a token to a user whose role requires enrolment', async ({
    client,
    assert,
    cleanup,
  }) => {
    const credentials = { email: demoEmail('admin'), password: DEMO_PASSWORD }
    const allowed = await client.post('/api/v1/auth/token').json(credentials)
    allowed.assertStatus(201)

    cleanup(enforceTwoFactor('true'))
    const refused = await client.post('/api/v1/auth/token').json(credentials)
    refused.assertStatus(403)
    assert.equal(refused.body().errors[0].code, 'E_TWO_FACTOR_ENROLMENT_REQUIRED')

    const reporter = await client
      .post('/api/v1/auth/token')
      .json({ email: demoEmail('reporter'), password: DEMO_PASSWORD })
    reporter.assertStatus(201)
  })
})
