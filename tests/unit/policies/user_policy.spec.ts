import { test } from '@japa/runner'
import UserPolicy from '#policies/user_policy'
import { demoUser, isolate, role, userWithRole } from '#tests/helpers/identity'
import { ALLOWED, DENIED, forbidden, ruleRefusal, verdict } from './support.js'

const policy = new UserPolicy()

test.group('UserPolicy / reading and creating', (group) => {
  isolate(group)

  test('viewList and view: allowed with users.read, denied without it', async ({ assert }) => {
    const reporter = await demoUser('reporter')
    for (const name of ['super_admin', 'admin', 'hse_manager']) {
      const actor = await demoUser(name)
      assert.deepEqual(await verdict(policy.viewList(actor)), ALLOWED, name)
      assert.deepEqual(await verdict(policy.view(actor, reporter)), ALLOWED, name)
    }
    for (const name of ['reporter', 'viewer', 'incident_manager']) {
      const actor = await demoUser(name)
      assert.deepEqual(await verdict(policy.viewList(actor)), DENIED, name)
      assert.deepEqual(await verdict(policy.view(actor, reporter)), DENIED, name)
    }
  })

  test('create: allowed with users.create only', async ({ assert }) => {
    assert.deepEqual(await verdict(policy.create(await demoUser('admin'))), ALLOWED)
    assert.deepEqual(await verdict(policy.create(await demoUser('super_admin'))), ALLOWED)
    assert.deepEqual(await verdict(policy.create(await demoUser('hse_manager'))), DENIED)
    assert.deepEqual(await verdict(policy.create(await demoUser('reporter'))), DENIED)
  })

  test('a disabled administrator is denied everything', async ({ assert }) => {
    const admin = await demoUser('admin')
    admin.status = 'disabled'
    assert.deepEqual(await verdict(policy.viewList(admin)), DENIED)
    assert.deepEqual(await verdict(policy.create(admin)), DENIED)
    assert.deepEqual(await verdict(policy.update(admin, await demoUser('reporter'))), DENIED)
  })
})

test.group('UserPolicy / changing accounts', (group) => {
  isolate(group)

  test('update: an admin changes ordinary accounts and their own', async ({ assert }) => {
    const admin = await demoUser('admin')
    assert.deepEqual(await verdict(policy.update(admin, await demoUser('reporter'))), ALLOWED)
    assert.deepEqual(await verdict(policy.update(admin, admin)), ALLOWED)
  })

  test('update: only a super administrator changes a super administrator', async ({ assert }) => {
    const superAdmin = await demoUser('super_admin')
    const other = await userWithRole('second.super@example.test', 'super_admin')
    assert.deepEqual(
      await verdict(policy.update(await demoUser('admin'), superAdmin)),
      forbidden('admin.rules.super_admin_account')
    )
    assert.deepEqual(await verdict(policy.update(other, superAdmin)), ALLOWED)
  })

  test('update: denied without users.update (hse_manager only reads)', async ({ assert }) => {
    const target = await demoUser('reporter')
    assert.deepEqual(await verdict(policy.update(await demoUser('hse_manager'), target)), DENIED)
    assert.deepEqual(await verdict(policy.update(await demoUser('reporter'), target)), DENIED)
  })

  test('disable: allowed on others, refused on oneself', async ({ assert }) => {
    const admin = await demoUser('admin')
    assert.deepEqual(await verdict(policy.disable(admin, await demoUser('viewer'))), ALLOWED)
    assert.deepEqual(
      await verdict(policy.disable(admin, admin)),
      ruleRefusal('admin.rules.disable_self')
    )
    const superAdmin = await demoUser('super_admin')
    assert.deepEqual(
      await verdict(policy.disable(superAdmin, superAdmin)),
      ruleRefusal('admin.rules.disable_self')
    )
  })

  test('disable: an admin cannot disable a super administrator; another one can', async ({
    assert,
  }) => {
    const superAdmin = await demoUser('super_admin')
    const other = await userWithRole('disabler.super@example.test', 'super_admin')
    assert.deepEqual(
      await verdict(policy.disable(await demoUser('admin'), superAdmin)),
      forbidden('admin.rules.super_admin_account')
    )
    assert.deepEqual(await verdict(policy.disable(other, superAdmin)), ALLOWED)
    assert.deepEqual(await verdict(policy.disable(await demoUser('hse_manager'), other)), DENIED)
  })

  test('enable: allowed with users.update, denied without', async ({ assert }) => {
    const viewer = await demoUser('viewer')
    viewer.status = 'disabled'
    await viewer.save()
    assert.deepEqual(await verdict(policy.enable(await demoUser('admin'), viewer)), ALLOWED)
    assert.deepEqual(await verdict(policy.enable(await demoUser('hse_manager'), viewer)), DENIED)
  })

  test('resetTwoFactor: like update, a super administrator is off limits to admins', async ({
    assert,
  }) => {
    const admin = await demoUser('admin')
    assert.deepEqual(
      await verdict(policy.resetTwoFactor(admin, await demoUser('reporter'))),
      ALLOWED
    )
    assert.deepEqual(
      await verdict(policy.resetTwoFactor(admin, await demoUser('super_admin'))),
      forbidden('admin.rules.super_admin_account')
    )
    assert.deepEqual(
      await verdict(policy.resetTwoFactor(await demoUser('viewer'), await demoUser('reporter'))),
      DENIED
    )
  })
})

test.group('UserPolicy / roles and sites', (group) => {
  isolate(group)

  test('assign: needs users.assign, and super administrators are off limits to admins', async ({
    assert,
  }) => {
    const admin = await demoUser('admin')
    const superAdmin = await demoUser('super_admin')
    assert.deepEqual(await verdict(policy.assign(admin, await demoUser('reporter'))), ALLOWED)
    assert.deepEqual(
      await verdict(policy.assign(admin, superAdmin)),
      forbidden('admin.rules.super_admin_account')
    )
    assert.deepEqual(await verdict(policy.assign(superAdmin, admin)), ALLOWED)
    assert.deepEqual(
      await verdict(policy.assign(await demoUser('hse_manager'), await demoUser('reporter'))),
      DENIED
    )
  })

  test('grant: admins grant ordinary roles, only super administrators grant admin roles', async ({
    assert,
  }) => {
    const admin = await demoUser('admin')
    const superAdmin = await demoUser('super_admin')
    for (const name of ['reporter', 'hse_manager', 'viewer']) {
      assert.deepEqual(await verdict(policy.grant(admin, await role(name))), ALLOWED, name)
    }
    for (const name of ['super_admin', 'admin']) {
      const privileged = await role(name)
      assert.deepEqual(
        await verdict(policy.grant(admin, privileged)),
        forbidden('admin.rules.privileged_grant', { role: privileged.label }),
        name
      )
      assert.deepEqual(await verdict(policy.grant(superAdmin, privileged)), ALLOWED, name)
    }
    assert.deepEqual(
      await verdict(policy.grant(await demoUser('hse_manager'), await role('reporter'))),
      DENIED
    )
  })

  test('revoke: the same rule as grant for privileged roles', async ({ assert }) => {
    const admin = await demoUser('admin')
    const reporter = await demoUser('reporter')
    assert.deepEqual(await verdict(policy.revoke(admin, reporter, await role('reporter'))), ALLOWED)
    const adminRole = await role('admin')
    assert.deepEqual(
      await verdict(policy.revoke(admin, admin, adminRole)),
      forbidden('admin.rules.privileged_grant', { role: adminRole.label })
    )
    assert.deepEqual(
      await verdict(policy.revoke(await demoUser('super_admin'), admin, adminRole)),
      ALLOWED
    )
    assert.deepEqual(
      await verdict(policy.revoke(await demoUser('viewer'), reporter, await role('reporter'))),
      DENIED
    )
  })

  test('revoke: the last active super administrator keeps the role', async ({ assert }) => {
    const superAdmin = await demoUser('super_admin')
    const superAdminRole = await role('super_admin')
    assert.deepEqual(
      await verdict(policy.revoke(superAdmin, superAdmin, superAdminRole)),
      ruleRefusal('admin.rules.last_super_admin_role')
    )

    const other = await userWithRole('revoker.super@example.test', 'super_admin')
    assert.deepEqual(await verdict(policy.revoke(other, superAdmin, superAdminRole)), ALLOWED)
    assert.deepEqual(await verdict(policy.revoke(superAdmin, superAdmin, superAdminRole)), ALLOWED)
  })
})
