import { test } from '@japa/runner'
import type { Page } from 'playwright'
import testUtils from '@adonisjs/core/services/test_utils'
import Incident from '#models/incident'
import { DEMO_PASSWORD, demoEmail } from '#app/data/roles'
import { fixtureFile } from '#tests/functional/incidents/support'

/** The first page load compiles the frontend through Vite: be patient, never time it. */
const PATIENCE = 60_000

async function signIn(page: Page, role: string) {
  page.setDefaultTimeout(PATIENCE)
  await page.waitForURL(/\/login$/)
  await page.locator('input[name="email"]').fill(demoEmail(role))
  await page.locator('input[name="password"]').fill(DEMO_PASSWORD)
  await page.locator('button[type="submit"]').click()
  await page.waitForURL(/\/dashboard$/)
}

test.group('Browser / incidents', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('on a 375 px phone, a quick report with a photo shows the incident number', async ({
    visit,
    assert,
  }) => {
    const page = await visit('/incidents/report')
    await page.setViewportSize({ width: 375, height: 812 })
    await signIn(page, 'reporter')
    await page.goto(page.url().replace(/\/dashboard$/, '/incidents/report'))

    await page.getByTestId('report-type').click()
    await page.getByRole('option', { name: 'Near miss' }).click()
    await page.getByTestId('report-description').fill('Cable across the walkway in the hall')
    await page.locator('input[type="file"]').setInputFiles(await fixtureFile('jpeg'))

    const width = await page.evaluate(() => document.documentElement.scrollWidth)
    assert.isAtMost(width, 375, 'the quick report scrolls sideways on a phone')

    await page.getByTestId('report-submit').click()
    await page.waitForURL(/\/incidents\/\d+$/)
    const number = await page.getByTestId('incident-number').textContent()
    assert.match(number ?? '', /^INC-\d{4}-\d{4}$/)

    const incident = await Incident.findByOrFail('number', number)
    assert.equal(incident.type, 'near_miss')
    const draft = await page.evaluate(() => localStorage.getItem('harmoni360:incident-draft'))
    assert.notInclude(draft ?? '', 'Cable across the walkway')
  }).timeout(120_000)
})
