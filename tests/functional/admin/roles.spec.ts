import { test } from '@japa/runner'
import type { ApiClient } from '@japa/api-client'
import db from '@adonisjs/lucid/services/db'
import type User from '#models/user'
import Role from '#models/role'
import SecurityEvent from '#models/security_event'
import { RoleAdminService } from '#services/role_admin_service'
import { PERMISSION_ACTIONS, PERMISSION_MODULES } from '#app/data/permissions'
import { customRole, demoUser, isolate, role } from '#tests/helpers/identity'
import { english, submit } from './support.js'

function savePermissions(client: ApiClient, actor: User, target: Role, permissions: string[]) {
  return submit(client, 'put', `/admin/roles/${target.id}/permissions`, actor).json({ permissions })
}

function permissionsOf(target: Role) {
  return new RoleAdminService().permissionKeys(target)
}

/** The sidebar modules a user's next page carries. */
async function sidebarOf(client: ApiClient, user: User) {
  const response = await client.get('/profile').loginAs(user).withInertia()
  response.assertStatus(200)
  return response.inertiaProps.modules as string[]
}

const EVERY_PERMISSION = PERMISSION_MODULES.flatMap((module) =>
  PERMISSION_ACTIONS.map((action) => `${module}.${action}`)
)

test.group('Admin roles / permission matrix', (group) => {
  isolate(group)

  test('saving the matrix persists it and the holder sees the change on their next request', async ({
    client,
    assert,
  }) => {
    const admin = await demoUser('admin')
    const viewer = await demoUser('viewer')
    const viewerRole = await role('viewer')
    const before = await permissionsOf(viewerRole)

    assert.notInclude(await sidebarOf(client, viewer), 'training')
    const denied = await client.get('/admin/users').loginAs(viewer)
    denied.assertStatus(403)

    const response = await savePermissions(client, admin, viewerRole, [
      ...before.filter((key) => key !== 'hazards.read'),
      'training.read',
      'users.read',
    ])
    response.assertStatus(302)
    response.assertHeader('location', `/admin/roles/${viewerRole.id}/edit`)
    response.assertFlashMessage(
      'success',
      english('admin.flash.permissions_updated', { role: viewerRole.label })
    )

    const after = await permissionsOf(viewerRole)
    assert.includeMembers(after, ['training.read', 'users.read'])
    assert.notInclude(after, 'hazards.read')

    const sidebar = await sidebarOf(client, viewer)
    assert.includeMembers(sidebar, ['training', 'users'])
    assert.notInclude(sidebar, 'hazards')
    const allowed = await client.get('/admin/users').loginAs(viewer).withInertia()
    allowed.assertStatus(200)

    const logged = await SecurityEvent.query()
      .where('event', 'role.permissions_changed')
      .where('actor_id', admin.id)
      .orderBy('id', 'desc')
      .firstOrFail()
    assert.deepEqual(logged.meta, {
      role: 'viewer',
      added: ['training.read', 'users.read'],
      removed: ['hazards.read'],
    })
  })

  test('the editor shows the role, its granted permissions and every module and action', async ({
    client,
    assert,
  }) => {
    const viewerRole = await role('viewer')
    const response = await client
      .get(`/admin/roles/${viewerRole.id}/edit`)
      .loginAs(await demoUser('admin'))
      .withInertia()
    response.assertStatus(200)
    response.assertInertiaComponent('admin/roles/edit')
    const props = response.inertiaProps
    assert.deepEqual(props.granted, await permissionsOf(viewerRole))
    assert.lengthOf(props.permissionModules, PERMISSION_MODULES.length)
    assert.lengthOf(props.permissionActions, PERMISSION_ACTIONS.length)
    assert.deepEqual(props.can, { update: true, updatePermissions: true, delete: false })
  })

  test('rejects an unknown permission and changes nothing', async ({ client, assert }) => {
    const viewerRole = await role('viewer')
    const before = await permissionsOf(viewerRole)
    const response = await savePermissions(client, await demoUser('admin'), viewerRole, [
      'incidents.read',
      'payroll.read',
    ])
    response.assertStatus(302)
    assert.includeMembers(Object.keys(response.flashMessage('inputErrorsBag')), ['permissions.1'])
    assert.deepEqual(await permissionsOf(viewerRole), before)
  })

  test('the super administrator role cannot be narrowed', async ({ client, assert }) => {
    const superAdminRole = await role('super_admin')
    const response = await savePermissions(client, await demoUser('super_admin'), superAdminRole, [
      'dashboard.read',
    ])
    response.assertStatus(302)
    response.assertFlashMessage('error', english('admin.rules.super_admin_fixed'))
    assert.sameMembers(await permissionsOf(superAdminRole), EVERY_PERMISSION)

    const flags = await submit(
      client,
      'put',
      `/admin/roles/${superAdminRole.id}`,
      await demoUser('super_admin')
    ).json({ label: 'Super administrator', requiresTwoFactor: true, allSites: false })
    flags.assertStatus(302)
    flags.assertFlashMessage('error', english('admin.rules.super_admin_fixed'))
    await superAdminRole.refresh()
    assert.isTrue(superAdminRole.allSites)
  })
})

test.group('Admin roles / privileged roles', (group) => {
  isolate(group)

  test('an admin cannot change the admin or super_admin role', async ({ client, assert }) => {
    const admin = await demoUser('admin')
    for (const name of ['admin', 'super_admin']) {
      const privileged = await role(name)
      const before = await permissionsOf(privileged)
      const matrix = await savePermissions(client, admin, privileged, ['dashboard.read'])
      matrix.assertStatus(403)
      assert.deepEqual(await permissionsOf(privileged), before, name)

      const rename = await submit(client, 'put', `/admin/roles/${privileged.id}`, admin).json({
        label: 'Renamed by an admin',
        requiresTwoFactor: false,
        allSites: true,
      })
      rename.assertStatus(403)
      await privileged.refresh()
      assert.notEqual(privileged.label, 'Renamed by an admin', name)
    }
  })

  test('a super administrator changes the admin role', async ({ client, assert }) => {
    const adminRole = await role('admin')
    const kept = EVERY_PERMISSION.filter((key) => key !== 'settings.configure')
    const response = await savePermissions(client, await demoUser('super_admin'), adminRole, kept)
    response.assertStatus(302)
    assert.sameMembers(await permissionsOf(adminRole), kept)

    const admin = await demoUser('admin')
    const refused = await submit(client, 'post', '/admin/roles', admin).json({
      name: 'after_narrowing',
      label: 'After narrowing',
      requiresTwoFactor: false,
      allSites: false,
    })
    refused.assertStatus(403)
  })
})

test.group('Admin roles / custom roles', (group) => {
  isolate(group)

  test('creates, renames and deletes a custom role, logging each step', async ({
    client,
    assert,
  }) => {
    const admin = await demoUser('admin')
    const created = await submit(client, 'post', '/admin/roles', admin).json({
      name: 'Night_Shift',
      label: 'Night shift',
      requiresTwoFactor: false,
      allSites: false,
    })
    const custom = await Role.findByOrFail('name', 'night_shift')
    created.assertStatus(302)
    created.assertHeader('location', `/admin/roles/${custom.id}/edit`)
    assert.isFalse(custom.isBuiltin)
    assert.deepEqual(await permissionsOf(custom), [])

    const renamed = await submit(client, 'put', `/admin/roles/${custom.id}`, admin).json({
      label: 'Night shift lead',
      requiresTwoFactor: false,
      allSites: false,
    })
    renamed.assertStatus(302)
    await custom.refresh()
    assert.equal(custom.label, 'Night shift lead')
    assert.equal(custom.name, 'night_shift', 'the name is the stable key')

    await savePermissions(client, admin, custom, ['incidents.read', 'training.read'])
    assert.deepEqual(await permissionsOf(custom), ['incidents.read', 'training.read'])

    const deleted = await submit(client, 'delete', `/admin/roles/${custom.id}`, admin)
    deleted.assertStatus(302)
    deleted.assertHeader('location', '/admin/roles')
    assert.isNull(await Role.find(custom.id))
    assert.lengthOf(await db.from('role_permissions').where('role_id', custom.id), 0)

    const events = await SecurityEvent.query()
      .where('actor_id', admin.id)
      .whereRaw(`meta->>'role' = ?`, ['night_shift'])
      .orderBy('id')
    assert.deepEqual(
      events.map((event) => event.event),
      ['role.created', 'role.renamed', 'role.permissions_changed', 'role.deleted']
    )
    assert.deepInclude(events[1].meta, { from: 'Night shift', to: 'Night shift lead' })
  })

  test('refuses a role name that is taken or malformed', async ({ client, assert }) => {
    const admin = await demoUser('admin')
    for (const name of ['reporter', 'Has Spaces', '9lives']) {
      const response = await submit(client, 'post', '/admin/roles', admin).json({
        name,
        label: 'Duplicate',
        requiresTwoFactor: false,
        allSites: false,
      })
      response.assertStatus(302)
      assert.property(response.flashMessage('inputErrorsBag'), 'name', name)
    }
    const labelled = await db.from('roles').where('label', 'Duplicate')
    assert.lengthOf(labelled, 0)
  })

  test('a role someone still holds is not deleted, with the reason', async ({ client, assert }) => {
    const custom = await customRole()
    const viewer = await demoUser('viewer')
    await viewer.related('roles').attach({ [custom.id]: { site_id: null } })

    const response = await submit(
      client,
      'delete',
      `/admin/roles/${custom.id}`,
      await demoUser('admin')
    )
    response.assertStatus(302)
    response.assertFlashMessage('error', english('admin.rules.role_in_use', { count: 1 }))
    assert.isNotNull(await Role.find(custom.id))
  })
})

test.group('Admin roles / built-in roles and access', (group) => {
  isolate(group)

  test('a built-in role cannot be deleted: a message, and nothing deleted', async ({
    client,
    assert,
  }) => {
    const reporterRole = await role('reporter')
    const permissions = await permissionsOf(reporterRole)
    const holders = await db.from('user_roles').where('role_id', reporterRole.id)

    for (const name of ['admin', 'super_admin']) {
      const response = await submit(
        client,
        'delete',
        `/admin/roles/${reporterRole.id}`,
        await demoUser(name)
      )
      response.assertStatus(302)
      response.assertHeader('location', `/admin/roles/${reporterRole.id}`)
      response.assertFlashMessage('error', english('admin.rules.builtin_delete'))
    }
    assert.isNotNull(await Role.find(reporterRole.id))
    assert.deepEqual(await permissionsOf(reporterRole), permissions)
    assert.lengthOf(await db.from('user_roles').where('role_id', reporterRole.id), holders.length)
  })

  test('the roles list offers deletion for custom roles only', async ({ client, assert }) => {
    const custom = await customRole()
    const response = await client
      .get('/admin/roles')
      .loginAs(await demoUser('admin'))
      .withInertia()
    response.assertStatus(200)
    response.assertInertiaComponent('admin/roles/index')
    assert.deepEqual(response.inertiaProps.deletable, [custom.id])
  })

  test('people without settings permissions get 403 on every roles page and action', async ({
    client,
    assert,
  }) => {
    const viewerRole = await role('viewer')
    const before = await permissionsOf(viewerRole)
    for (const name of ['hse_manager', 'reporter']) {
      const actor = await demoUser(name)
      const list = await client.get('/admin/roles').loginAs(actor)
      list.assertStatus(403)
      const edit = await client.get(`/admin/roles/${viewerRole.id}/edit`).loginAs(actor)
      edit.assertStatus(403)
      const matrix = await savePermissions(client, actor, viewerRole, EVERY_PERMISSION)
      matrix.assertStatus(403)
      const removal = await submit(client, 'delete', `/admin/roles/${viewerRole.id}`, actor)
      removal.assertStatus(403)
    }
    assert.deepEqual(await permissionsOf(viewerRole), before)
  })
})
