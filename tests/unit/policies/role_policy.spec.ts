import { test } from '@japa/runner'
import RolePolicy from '#policies/role_policy'
import { customRole, demoUser, isolate, role } from '#tests/helpers/identity'
import { ALLOWED, DENIED, forbidden, ruleRefusal, verdict } from './support.js'

const policy = new RolePolicy()

test.group('RolePolicy', (group) => {
  isolate(group)

  test('viewList and view: allowed with settings.read, denied without it', async ({ assert }) => {
    const reporterRole = await role('reporter')
    for (const name of ['super_admin', 'admin']) {
      const actor = await demoUser(name)
      assert.deepEqual(await verdict(policy.viewList(actor)), ALLOWED, name)
      assert.deepEqual(await verdict(policy.view(actor, reporterRole)), ALLOWED, name)
    }
    for (const name of ['hse_manager', 'reporter', 'viewer']) {
      const actor = await demoUser(name)
      assert.deepEqual(await verdict(policy.viewList(actor)), DENIED, name)
      assert.deepEqual(await verdict(policy.view(actor, reporterRole)), DENIED, name)
    }
  })

  test('create: allowed with settings.configure only', async ({ assert }) => {
    assert.deepEqual(await verdict(policy.create(await demoUser('super_admin'))), ALLOWED)
    assert.deepEqual(await verdict(policy.create(await demoUser('admin'))), ALLOWED)
    assert.deepEqual(await verdict(policy.create(await demoUser('hse_manager'))), DENIED)
    assert.deepEqual(await verdict(policy.create(await demoUser('reporter'))), DENIED)
  })

  test('update: admins change ordinary roles, only super administrators privileged ones', async ({
    assert,
  }) => {
    const admin = await demoUser('admin')
    const superAdmin = await demoUser('super_admin')
    assert.deepEqual(await verdict(policy.update(admin, await role('reporter'))), ALLOWED)
    assert.deepEqual(await verdict(policy.update(admin, await customRole())), ALLOWED)
    for (const name of ['super_admin', 'admin']) {
      const privileged = await role(name)
      assert.deepEqual(
        await verdict(policy.update(admin, privileged)),
        forbidden('admin.rules.privileged_role_edit', { role: privileged.label }),
        name
      )
      assert.deepEqual(await verdict(policy.update(superAdmin, privileged)), ALLOWED, name)
    }
    assert.deepEqual(
      await verdict(policy.update(await demoUser('hse_manager'), await role('reporter'))),
      DENIED
    )
  })

  test('updatePermissions: super_admin always holds everything; admin is for super administrators', async ({
    assert,
  }) => {
    const admin = await demoUser('admin')
    const superAdmin = await demoUser('super_admin')
    const adminRole = await role('admin')
    assert.deepEqual(await verdict(policy.updatePermissions(admin, await role('viewer'))), ALLOWED)
    assert.deepEqual(
      await verdict(policy.updatePermissions(admin, adminRole)),
      forbidden('admin.rules.privileged_role_edit', { role: adminRole.label })
    )
    assert.deepEqual(await verdict(policy.updatePermissions(superAdmin, adminRole)), ALLOWED)
    assert.deepEqual(
      await verdict(policy.updatePermissions(superAdmin, await role('super_admin'))),
      ruleRefusal('admin.rules.super_admin_fixed')
    )
    assert.deepEqual(
      await verdict(policy.updatePermissions(await demoUser('viewer'), await role('viewer'))),
      DENIED
    )
  })

  test('delete: custom roles only, never a built-in one', async ({ assert }) => {
    const custom = await customRole()
    for (const name of ['super_admin', 'admin']) {
      const actor = await demoUser(name)
      assert.deepEqual(await verdict(policy.delete(actor, custom)), ALLOWED, name)
      for (const builtin of ['reporter', 'admin', 'super_admin']) {
        assert.deepEqual(
          await verdict(policy.delete(actor, await role(builtin))),
          ruleRefusal('admin.rules.builtin_delete'),
          `${name} deleting ${builtin}`
        )
      }
    }
    assert.deepEqual(await verdict(policy.delete(await demoUser('hse_manager'), custom)), DENIED)
  })
})
