import { readFile } from 'node:fs/promises'
import { test } from '@japa/runner'
import type { Page } from 'playwright'
import testUtils from '@adonisjs/core/services/test_utils'
import Incident from '#models/incident'
import { DEMO_PASSWORD, demoEmail } from '#app/data/roles'
import { demo, fixtureFile, report } from '#tests/functional/incidents/support'

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
    await page.reload()
    const kept = await page.getByTestId('report-description').inputValue()
    assert.equal(kept, 'Cable across the walkway in the hall', 'the draft survives a reload')
    assert.equal(await page.getByTestId('report-type').inputValue(), 'Near miss')
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

  test('at desktop size, a manager triages an incident and sees it on the timeline', async ({
    visit,
    assert,
  }) => {
    const incident = await report(await demo('reporter'))
    const investigator = await demo('safety_officer')
    const manager = await demo('incident_manager')
    const page = await visit(`/incidents/${incident.id}`)
    await page.setViewportSize({ width: 1280, height: 900 })
    await signIn(page, 'incident_manager')
    await page.goto(page.url().replace(/\/dashboard$/, `/incidents/${incident.id}`))

    await page.getByTestId('action-triage').click()
    const choose = async (testId: string, option: string) => {
      await page.getByTestId(testId).click()
      await page.getByRole('option', { name: option, exact: true }).click()
    }
    await choose('triage-actual', '2 · Minor')
    await choose('triage-potential', '4 · Major')
    await choose('triage-manager', manager.name)
    await choose('triage-investigator', investigator.name)
    await page.getByTestId('step-triaged').click()

    await page.getByTestId('status').filter({ hasText: 'Triaged' }).waitFor()
    await page.getByTestId('psif').waitFor()
    await page.getByTestId('tab-timeline').click()
    await page
      .getByTestId('timeline')
      .getByText('Status: Reported → Triaged')
      .waitFor({ state: 'visible' })
    await page.screenshot({ path: 'tmp/incident-triaged.png', fullPage: true })
    await incident.refresh()
    assert.equal(incident.status, 'triaged')
    assert.equal(incident.investigatorId, investigator.id)
  }).timeout(120_000)

  test('a manager filters the list and downloads it as CSV', async ({ visit, assert }) => {
    const reporter = await demo('reporter')
    const fire = await report(reporter, { type: 'fire', title: 'Smoke in the kitchen' })
    await report(reporter, { type: 'near_miss', title: 'Loose cable' })
    const page = await visit('/incidents')
    await page.setViewportSize({ width: 1280, height: 900 })
    await signIn(page, 'incident_manager')
    await page.goto(page.url().replace(/\/dashboard$/, '/incidents'))

    await page.getByTestId('incident-row').nth(1).waitFor()
    await page.getByTestId('filter-type').click()
    await page.getByRole('option', { name: 'Fire', exact: true }).click()
    await page.waitForURL(/type=fire/)
    await page
      .getByTestId('incident-row')
      .filter({ hasText: 'Loose cable' })
      .waitFor({ state: 'detached' })
    assert.equal(await page.getByTestId('incident-row').count(), 1)
    await page.assertTextContains('[data-testid="incident-row"]', fire.number)

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('incident-export').click(),
    ])
    const csv = await readFile((await download.path())!, 'utf8')
    assert.include(csv, fire.number)
    assert.notInclude(csv, 'Loose cable')
  }).timeout(120_000)
})
