import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import env from '#start/env'
import CorrectiveAction from '#models/corrective_action'
import { demoEmail } from '#app/data/roles'
import { fixtureFile } from '#tests/functional/incidents/support'
import { underInvestigation } from '#tests/functional/investigations/support'
import { signIn } from './support.js'
import type { Page } from 'playwright'

/** A fresh browser context signed in as a demo role, at desktop size. */
async function asRole(browser: any, role: string) {
  const context = await browser.newContext({
    baseURL: `http://${env.get('HOST')}:${env.get('PORT')}`,
  })
  const page: Page = await context.visit('/')
  await page.setViewportSize({ width: 1280, height: 900 })
  await signIn(page, demoEmail(role))
  return { context, page }
}

async function choose(page: Page, testId: string, option: string) {
  await page.getByTestId(testId).click()
  await page.getByRole('option', { name: option, exact: true }).click()
}

test.group('Browser / investigation to closure', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('an investigator completes the 5 Whys and adds two actions; the assignee completes one with evidence, the manager verifies it, and the incident closes', async ({
    browser,
    assert,
  }) => {
    const { incident } = await underInvestigation()
    const investigator = await asRole(browser, 'safety_officer')
    const page = investigator.page
    try {
      await page.goto(`/incidents/${incident.id}/investigation`)
      await page.getByTestId('why-0').fill('Why did the worker trip?')
      await page.getByTestId('because-0').fill('A ladder lay across the corridor')
      await page.getByTestId('add-why').click()
      await page.getByTestId('why-1').fill('Why was it there?')
      await page.getByTestId('because-1').fill('There is no rack for ladders')
      await page.getByTestId('root-cause').fill('No storage place for ladders near the workshop')
      await page.getByTestId('lessons-learned').fill('Give every tool a home')
      await page.getByTestId('save-investigation').click()
      await page.getByTestId('sign-off-missing').waitFor({ state: 'detached' })
      await page.getByTestId('sign-off').click()
      await page.getByText('Signed off by Demo Safety officer').waitFor()

      await page.goto(`/incidents/${incident.id}`)
      await page.getByTestId('tab-actions').click()
      for (const title of ['Fit a ladder rack', 'Brief the maintenance team']) {
        await page.getByTestId('capa-title').fill(title)
        await choose(page, 'capa-assignee', 'Demo Viewer')
        await page.getByTestId('capa-due').fill('2030-06-30')
        await page.getByTestId('capa-create').click()
        await page.getByTestId('record-action').filter({ hasText: title }).waitFor()
      }
      assert.equal(await page.getByTestId('record-action').count(), 2)
      await page.getByTestId('step-actions_pending').click()
      await page.getByTestId('status').filter({ hasText: 'Actions pending' }).waitFor()
    } finally {
      await investigator.context.close()
    }

    const [rack, brief] = await CorrectiveAction.query()
      .where({ source_type: 'incident', source_id: incident.id })
      .orderBy('id')
    const assignee = await asRole(browser, 'viewer')
    try {
      await assignee.page.goto(`/actions/${rack.id}`)
      await assignee.page.locator('input[type="file"]').setInputFiles(await fixtureFile('jpeg'))
      await assignee.page.getByRole('button', { name: 'Upload' }).click()
      await assignee.page.getByTestId('capa-evidence').getByText('photo.jpg').waitFor()
      const complete = assignee.page.getByTestId('capa-step-complete')
      await complete.locator('textarea[name="note"]').fill('Rack fitted beside the workshop door')
      await complete.getByRole('button').click()
      await assignee.page.getByTestId('capa-status').filter({ hasText: 'Done' }).waitFor()
      assert.equal(await assignee.page.getByTestId('capa-step-verify').count(), 0)
    } finally {
      await assignee.context.close()
    }

    const manager = await asRole(browser, 'incident_manager')
    try {
      const managerPage = manager.page
      await managerPage.goto(`/actions/${rack.id}`)
      const verify = managerPage.getByTestId('capa-step-verify')
      await verify.getByLabel('Effective', { exact: true }).check()
      await verify.getByRole('button').click()
      await managerPage.getByTestId('capa-status').filter({ hasText: 'Verified' }).waitFor()

      await managerPage.goto(`/actions/${brief.id}`)
      const cancel = managerPage.getByTestId('capa-step-cancel')
      await cancel.locator('textarea[name="note"]').fill('Covered by the new rack')
      await cancel.getByRole('button').click()
      await managerPage.getByTestId('capa-status').filter({ hasText: 'Cancelled' }).waitFor()

      await managerPage.goto(`/incidents/${incident.id}`)
      await managerPage.getByTestId('action-close').click()
      await managerPage.getByTestId('step-closed').click()
      await managerPage.getByTestId('status').filter({ hasText: 'Closed' }).waitFor()
    } finally {
      await manager.context.close()
    }
    await incident.refresh()
    assert.equal(incident.status, 'closed')
  }).timeout(180_000)
})
