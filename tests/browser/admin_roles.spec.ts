import { test } from '@japa/runner'
import env from '#start/env'
import Role from '#models/role'
import { RoleAdminService } from '#services/role_admin_service'
import { demoEmail } from '#app/data/roles'
import { english } from '#tests/functional/admin/support'
import { clearLimits } from '#tests/functional/two_factor/support'
import { isolate } from '#tests/helpers/identity'
import { navLabels, signIn } from './support.js'

const modulesIn = (labels: (string | null | undefined)[][]) => labels.map(([module]) => module)

test.group('Browser / role permissions', (group) => {
  isolate(group)
  group.each.setup(() => clearLimits())

  test("an admin grants a module in the matrix and the holder's sidebar shows it on their next page", async ({
    visit,
    browser,
    assert,
  }) => {
    const viewerRole = await Role.findByOrFail('name', 'viewer')
    const viewerPage = await visit('/')
    await viewerPage.setViewportSize({ width: 1280, height: 800 })
    await signIn(viewerPage, demoEmail('viewer'))
    assert.notInclude(modulesIn(await navLabels(viewerPage)), 'training')

    const adminContext = await browser.newContext({
      baseURL: `http://${env.get('HOST')}:${env.get('PORT')}`,
    })
    try {
      const adminPage = await adminContext.visit('/')
      await adminPage.setViewportSize({ width: 1280, height: 800 })
      await signIn(adminPage, demoEmail('admin'))
      await adminPage.goto(`/admin/roles/${viewerRole.id}/edit`)

      const checkbox = adminPage.getByTestId('permission-training.read')
      await checkbox.waitFor({ state: 'attached' })
      assert.isFalse(await checkbox.isChecked())
      await checkbox.check()
      await adminPage.getByTestId('permissions-submit').click()
      await adminPage
        .getByTestId('flash-messages')
        .getByText(english('admin.flash.permissions_updated', { role: viewerRole.label }))
        .waitFor({ state: 'visible' })
      assert.isTrue(await adminPage.getByTestId('permission-training.read').isChecked())
    } finally {
      await adminContext.close()
    }
    assert.include(await new RoleAdminService().permissionKeys(viewerRole), 'training.read')

    await viewerPage.reload()
    await viewerPage
      .locator('[data-testid="module-nav"] [data-module="training"]')
      .first()
      .waitFor({ state: 'attached' })
    assert.include(modulesIn(await navLabels(viewerPage)), 'training')
  })
})
