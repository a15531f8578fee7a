import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import User from '#models/user'
import { RECOVERY_CODES_FLASH_KEY, TwoFactorService } from '#services/two_factor_service'
import { DEMO_PASSWORD, demoEmail } from '#app/data/roles'
import {
  clearLimits,
  codeAt,
  enrolledDemoUser,
  securityEvents,
  wrongCode,
} from '#tests/functional/two_factor/support'

test.group('Two-factor / enrolment', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())
  group.each.setup(() => clearLimits())

  test('enrols with the secret from the setup page and a code from the app', async ({
    client,
    assert,
  }) => {
    const user = await User.findByOrFail('email', demoEmail('inspector'))
    const page = await client.get('/account/two-factor').loginAs(user).withInertia()
    page.assertStatus(200)
    page.assertInertiaComponent('two_factor/setup')
    page.assertInertiaPropsContains({ enabled: false, required: false })
    const { secret, qrCode } = page.inertiaProps.enrolment
    assert.match(secret, /^[A-Z2-7]{32}$/)
    assert.match(qrCode, /^data:image\/svg\+xml;base64,/)

    const wrong = await client
      .post('/account/two-factor')
      .form({ code: wrongCode(secret) })
      .loginAs(user)
      .withCsrfToken()
      .redirects(0)
    wrong.assertStatus(302)
    wrong.assertHeader('location', '/account/two-factor')
    wrong.assertFlashMessage('errorsBag', {
      code: 'That code is not valid. Check the time on your phone and try again.',
    })
    await user.refresh()
    assert.isNull(user.twoFactorEnabledAt)

    const response = await client
      .post('/account/two-factor')
      .form({ code: codeAt(secret) })
      .loginAs(user)
      .withCsrfToken()
      .redirects(0)
    response.assertStatus(302)
    response.assertHeader('location', '/account/two-factor/recovery-codes')
    const codes = response.flashMessage(RECOVERY_CODES_FLASH_KEY) as unknown as string[]
    assert.lengthOf(codes, 10)

    await user.refresh()
    assert.isNotNull(user.twoFactorEnabledAt)
    assert.isAbove(await securityEvents('two_factor.enabled', user.id), 0)

    const shown = await client
      .get('/account/two-factor/recovery-codes')
      .withFlashMessages({ [RECOVERY_CODES_FLASH_KEY]: codes })
      .loginAs(user)
      .withInertia()
    shown.assertInertiaComponent('two_factor/recovery_codes')
    assert.deepEqual(shown.inertiaProps.codes, codes)
  })

  test('shows recovery codes only once: the page redirects without fresh codes', async ({
    client,
  }) => {
    const { user } = await enrolledDemoUser()
    const response = await client
      .get('/account/two-factor/recovery-codes')
      .loginAs(user)
      .redirects(0)
    response.assertStatus(302)
    response.assertHeader('location', '/account/two-factor')
  })

  test('an enrolled user sees the status, never the secret again', async ({ client, assert }) => {
    const { user } = await enrolledDemoUser()
    const page = await client.get('/account/two-factor').loginAs(user).withInertia()
    page.assertInertiaComponent('two_factor/setup')
    page.assertInertiaPropsContains({ enabled: true, recoveryCodesLeft: 10, enrolment: null })
    assert.notInclude(JSON.stringify(page.inertiaProps), 'secret')
  })

  test('disabling requires the current password', async ({ client, assert }) => {
    const { user } = await enrolledDemoUser()
    const refused = await client
      .delete('/account/two-factor')
      .form({ password: 'wrong-password' })
      .loginAs(user)
      .withCsrfToken()
      .redirects(0)
    refused.assertFlashMessage('errorsBag', { password: 'The password is incorrect.' })
    await user.refresh()
    assert.isNotNull(user.twoFactorEnabledAt)

    const response = await client
      .delete('/account/two-factor')
      .form({ password: DEMO_PASSWORD })
      .loginAs(user)
      .withCsrfToken()
      .redirects(0)
    response.assertStatus(302)
    response.assertFlashMessage('success', 'Two-factor authentication is off.')
    await user.refresh()
    assert.isNull(user.twoFactorEnabledAt)
    assert.isNull(user.twoFactorSecret)
    assert.isAbove(await securityEvents('two_factor.disabled', user.id), 0)
  })

  test('regenerating recovery codes replaces the old ones', async ({ client, assert }) => {
    const { user, recoveryCodes } = await enrolledDemoUser()
    const response = await client
      .post('/account/two-factor/recovery-codes')
      .form({ password: DEMO_PASSWORD })
      .loginAs(user)
      .withCsrfToken()
      .redirects(0)
    response.assertHeader('location', '/account/two-factor/recovery-codes')
    const fresh = response.flashMessage(RECOVERY_CODES_FLASH_KEY) as unknown as string[]
    assert.lengthOf(fresh, 10)
    assert.notIncludeMembers(fresh, recoveryCodes)

    await user.refresh()
    assert.isFalse(await TwoFactorService.verifyLogin(user, recoveryCodes[0]))
    assert.isTrue(await TwoFactorService.verifyLogin(user, fresh[0]))
    assert.isAbove(await securityEvents('two_factor.recovery_regenerated', user.id), 0)
  })

  test('the settings pages need a signed-in user', async ({ client }) => {
    const response = await client.get('/account/two-factor').redirects(0)
    response.assertStatus(302)
    response.assertHeader('location', '/login')
  })
})
