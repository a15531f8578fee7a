import { test } from '@japa/runner'
import type { ApiClient } from '@japa/api-client'
import db from '@adonisjs/lucid/services/db'
import testUtils from '@adonisjs/core/services/test_utils'
import User from '#models/user'
import { demoEmail } from '#app/data/roles'
import { declaredRoutes, sampleUrl, type DeclaredRoute } from '#tests/helpers/routes'

/**
 * The permission table as stored: role name → set of "module.action".
 * Expectations come from here, the same rows the app reads.
 */
async function permissionTable() {
  const rows: { name: string; module: string; action: string }[] = await db
    .from('roles')
    .join('role_permissions', 'role_permissions.role_id', 'roles.id')
    .join('permissions', 'permissions.id', 'role_permissions.permission_id')
    .select('roles.name', 'permissions.module', 'permissions.action')
  const table = new Map<string, Set<string>>()
  for (const row of rows) {
    if (!table.has(row.name)) table.set(row.name, new Set())
    table.get(row.name)!.add(`${row.module}.${row.action}`)
  }
  const roles: { name: string }[] = await db.from('roles').select('name')
  for (const role of roles) if (!table.has(role.name)) table.set(role.name, new Set())
  return table
}

function request(client: ApiClient, route: DeclaredRoute) {
  const url = sampleUrl(route.pattern)
  const pending = client.request(url, route.method as 'GET').redirects(0)
  if (!route.api && route.method !== 'GET') pending.withCsrfToken()
  if (route.api) pending.accept('json')
  return pending
}

test.group('Authorization matrix', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('every route declares who may use it', ({ assert }) => {
    const undeclared = declaredRoutes()
      .filter((route) => route.declaration === null)
      .map((route) => `${route.method} ${route.pattern}`)
    assert.deepEqual(undeclared, [], `Routes without an authorization declaration`)
  })

  test('routes that need a user also require authentication', ({ assert }) => {
    const unguarded = declaredRoutes()
      .filter((route) => ['permission', 'everyone'].includes(route.declaration?.kind ?? ''))
      .filter((route) => !route.authenticated)
      .map((route) => route.name)
    assert.deepEqual(unguarded, [])
  })

  test('anonymous callers are sent to login (web) or get 401 (api)', async ({ client, assert }) => {
    for (const route of declaredRoutes().filter((candidate) => candidate.authenticated)) {
      const response = await request(client, route)
      if (route.api) {
        assert.equal(response.status(), 401, `${route.name} should answer 401`)
      } else {
        assert.equal(response.status(), 302, `${route.name} should redirect`)
        assert.equal(response.header('location'), '/login', `${route.name} should go to login`)
      }
    }
  })

  test('each role is allowed exactly what its permissions grant', async ({ client, assert }) => {
    const table = await permissionTable()
    const routes = declaredRoutes().filter((route) => route.authenticated)
    assert.isAbove(table.size, 10)

    for (const [role, permissions] of table) {
      const user = await User.findByOrFail('email', demoEmail(role))
      for (const route of routes) {
        const declaration = route.declaration!
        const allowed =
          declaration.kind === 'everyone' ||
          (declaration.kind === 'permission' &&
            permissions.has(`${declaration.module}.${declaration.action}`))

        const pending = request(client, route)
        const response = await (route.api
          ? pending.withGuard('api').loginAs(user)
          : pending.loginAs(user))
        const label = `${role} → ${route.method} ${route.pattern} (${response.status()} ${response.header('location') ?? ''})`
        if (allowed) {
          assert.notInclude([401, 403], response.status(), `${label} should be allowed`)
        } else {
          assert.equal(response.status(), 403, `${label} should be forbidden`)
        }
      }
    }
  }).timeout(300_000)
})
