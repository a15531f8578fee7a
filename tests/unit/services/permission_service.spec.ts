import { test } from '@japa/runner'
import db from '@adonisjs/lucid/services/db'
import testUtils from '@adonisjs/core/services/test_utils'
import User from '#models/user'
import Role from '#models/role'
import Site from '#models/site'
import Permission from '#models/permission'
import { PermissionService, PermissionSet } from '#services/permission_service'
import { demoEmail } from '#app/data/roles'

test.group('PermissionSet', () => {
  const set = new PermissionSet(['inspector'], {
    'inspections.read': { all: false, sites: [1, 2] },
    'incidents.read': { all: true, sites: [] },
  })

  test('allows a site-scoped action only on its sites', ({ assert }) => {
    assert.isTrue(set.can('inspections', 'read', { site: 2 }))
    assert.isFalse(set.can('inspections', 'read', { site: 3 }))
    assert.isTrue(set.can('inspections', 'read'))
    assert.deepEqual(set.sitesFor('inspections', 'read'), [1, 2])
  })

  test('allows an organisation-wide action on any site', ({ assert }) => {
    assert.isTrue(set.can('incidents', 'read', { site: 99 }))
    assert.equal(set.sitesFor('incidents', 'read'), 'all')
  })

  test('denies what is not granted', ({ assert }) => {
    assert.isFalse(set.can('users', 'read'))
    assert.deepEqual(set.sitesFor('users', 'read'), [])
  })
})

test.group('PermissionService', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())
  group.each.setup(() => PermissionService.invalidate())

  test('reads grants from the role tables', async ({ assert }) => {
    const manager = await User.findByOrFail('email', demoEmail('hse_manager'))
    const site = await Site.findByOrFail('code', 'MAIN')
    assert.isTrue(await PermissionService.can(manager, 'incidents', 'approve', { site: site.id }))
    assert.isFalse(await PermissionService.can(manager, 'incidents', 'approve', { site: -1 }))
    assert.isFalse(await PermissionService.can(manager, 'settings', 'configure'))

    const admin = await User.findByOrFail('email', demoEmail('admin'))
    assert.isTrue(await PermissionService.can(admin, 'settings', 'configure', { site: -1 }))
  })

  test('denies disabled users everything', async ({ assert }) => {
    const admin = await User.findByOrFail('email', demoEmail('admin'))
    admin.status = 'disabled'
    assert.isFalse(await PermissionService.can(admin, 'dashboard', 'read'))
  })

  test('caches across requests and sees changes after invalidate()', async ({ assert }) => {
    const viewer = await User.findByOrFail('email', demoEmail('viewer'))
    assert.isFalse(await PermissionService.can(viewer, 'users', 'read'))

    const role = await Role.findByOrFail('name', 'viewer')
    const permission = await Permission.query()
      .where({ module: 'users', action: 'read' })
      .firstOrFail()
    await db.table('role_permissions').insert({ role_id: role.id, permission_id: permission.id })

    const sameRequestLater = await User.findByOrFail('email', demoEmail('viewer'))
    assert.isFalse(
      await PermissionService.can(sameRequestLater, 'users', 'read'),
      'served from the cache until invalidated'
    )

    await PermissionService.invalidate()
    const nextRequest = await User.findByOrFail('email', demoEmail('viewer'))
    assert.isTrue(await PermissionService.can(nextRequest, 'users', 'read'))
  })

  test('memoises the set on the user instance for the request', async ({ assert }) => {
    const viewer = await User.findByOrFail('email', demoEmail('viewer'))
    const first = PermissionService.forUser(viewer)
    assert.strictEqual(PermissionService.forUser(viewer), first)
    await first
    PermissionService.forget(viewer)
    const second = PermissionService.forUser(viewer)
    assert.notStrictEqual(second, first)
    await second
  })
})
