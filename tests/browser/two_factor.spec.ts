import { test } from '@japa/runner'
import type { Page } from 'playwright'
import testUtils from '@adonisjs/core/services/test_utils'
import User from '#models/user'
import { DEMO_PASSWORD, demoEmail } from '#app/data/roles'
import {
  clearLimits,
  codeAt,
  enforceTwoFactor,
  enrolledDemoUser,
} from '#tests/functional/two_factor/support'

/** The first page load compiles the frontend through Vite: be patient, never time it. */
const PATIENCE = 60_000

async function passwordStep(page: Page, email: string) {
  page.setDefaultTimeout(PATIENCE)
  await page.setViewportSize({ width: 375, height: 812 })
  await page.waitForURL(/\/login$/)
  await page.locator('input[name="email"]').fill(email)
  await page.locator('input[name="password"]').fill(DEMO_PASSWORD)
  await page.locator('button[type="submit"]').click()
}

/** Types a code into the PinInput the way a person does: digit by digit. */
async function typeCode(page: Page, code: string) {
  const first = page.getByTestId('two-factor-pin').locator('input:not([type="hidden"])').first()
  await first.click()
  await page.keyboard.type(code, { delay: 30 })
}

test.group('Browser / two-factor', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())
  group.each.setup(() => clearLimits())

  test('a user with two-factor signs in with the code from their app', async ({
    visit,
    assert,
  }) => {
    const { user, secret } = await enrolledDemoUser('hse_manager')
    const page = await visit('/login')
    await passwordStep(page, user.email)

    await page.waitForURL(/\/two-factor$/)
    await typeCode(page, codeAt(secret))

    await page.waitForURL(/\/dashboard$/)
    await page.getByTestId('dashboard-welcome').waitFor({ state: 'visible' })
    await page.assertTextContains('[data-testid="dashboard-welcome"]', user.name)
    assert.match(page.url(), /\/dashboard$/)
  })

  test('a wrong code shows an error and keeps the user on the challenge', async ({ visit }) => {
    const { user, secret } = await enrolledDemoUser('hse_manager')
    const page = await visit('/login')
    await passwordStep(page, user.email)
    await page.waitForURL(/\/two-factor$/)

    const valid = [-1, 0, 1, 2].map((offset) => codeAt(secret, offset))
    const wrong = ['000000', '111111', '222222', '333333', '444444'].find(
      (candidate) => !valid.includes(candidate)
    )!
    await typeCode(page, wrong)
    await page.getByText('That code is not valid').waitFor({ state: 'visible' })
    await page.assertPath('/two-factor')
  })

  test('an admin who must enrol scans the key, confirms and gets recovery codes', async ({
    visit,
    assert,
    cleanup,
  }) => {
    cleanup(enforceTwoFactor('true'))
    const admin = await User.findByOrFail('email', demoEmail('admin'))
    const page = await visit('/login')
    await passwordStep(page, admin.email)

    await page.waitForURL(/\/account\/two-factor$/)
    await page.getByTestId('two-factor-required').waitFor({ state: 'visible' })
    await page.assertVisible('[data-testid="two-factor-qr"]')
    const shownKey = await page.getByTestId('two-factor-secret').innerText()
    const secret = shownKey.replace(/\s/g, '')
    assert.match(secret, /^[A-Z2-7]{32}$/)

    await typeCode(page, codeAt(secret))
    await page.waitForURL(/\/account\/two-factor\/recovery-codes$/)
    const codes = await page.getByTestId('recovery-codes').locator('code').allInnerTexts()
    assert.lengthOf(codes, 10)

    await admin.refresh()
    assert.isNotNull(admin.twoFactorEnabledAt)
    await page.getByRole('link', { name: 'I have saved them' }).click()
    await page.waitForURL(/\/dashboard$/)
  })
})
