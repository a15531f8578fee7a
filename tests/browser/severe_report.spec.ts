import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import env from '#start/env'
import Incident from '#models/incident'
import { demoEmail } from '#app/data/roles'
import { signIn } from './support.js'
import type { Page } from 'playwright'

test.group('Browser / a severe report reaches the HSE manager live', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('a reporter on a phone files a severity-4 incident; the manager sees a toast and the bell count grow, without reload', async ({
    browser,
    assert,
  }) => {
    const contextFor = () =>
      browser.newContext({ baseURL: `http://${env.get('HOST')}:${env.get('PORT')}` })
    const managerContext = await contextFor()
    const reporterContext = await contextFor()
    try {
      const manager: Page = await managerContext.visit('/')
      await manager.setViewportSize({ width: 1280, height: 800 })
      await signIn(manager, demoEmail('hse_manager'))
      await manager.locator('[data-testid="notification-bell"][data-live="live"]').waitFor()
      const before = Number(
        await manager.getByTestId('notification-bell').getAttribute('data-unread')
      )
      await manager.evaluate(() => ((window as any).__notReloaded = true))

      const reporter: Page = await reporterContext.visit('/')
      await reporter.setViewportSize({ width: 375, height: 812 })
      await signIn(reporter, demoEmail('reporter'))
      await reporter.goto('/incidents/report')
      await reporter.getByTestId('report-type').click()
      await reporter.getByRole('option', { name: 'Dangerous occurrence' }).click()
      await reporter.getByTestId('report-severity').click()
      await reporter.getByRole('option', { name: /^4 · / }).click()
      await reporter.getByTestId('report-description').fill('Scaffold board fell from level 3')
      await reporter.getByTestId('report-submit').click()
      await reporter.waitForURL(/\/incidents\/\d+$/)
      const number = (await reporter.getByTestId('incident-number').textContent())!.trim()

      await manager.getByText(`Incident ${number} reported`).first().waitFor()
      await manager
        .locator(`[data-testid="notification-bell"][data-unread="${before + 1}"]`)
        .waitFor()
      assert.isTrue(await manager.evaluate(() => (window as any).__notReloaded === true))
      const incident = await Incident.findByOrFail('number', number)
      assert.equal(incident.potentialSeverity, 4)
    } finally {
      await reporterContext.close()
      await managerContext.close()
    }
  }).timeout(180_000)
})
