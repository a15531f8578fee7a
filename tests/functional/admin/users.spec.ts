import { test } from '@japa/runner'
import type { ApiClient } from '@japa/api-client'
import db from '@adonisjs/lucid/services/db'
import hash from '@adonisjs/core/services/hash'
import User from '#models/user'
import Site from '#models/site'
import SecurityEvent from '#models/security_event'
import { USERS_PER_PAGE } from '#services/user_admin_service'
import { NEW_PASSWORD, PASSWORD, createUser, resetLinkIn } from '#tests/functional/account/fixtures'
import { WebSession } from '#tests/functional/account/web_session'
import { clearLimits, enrolledDemoUser } from '#tests/functional/two_factor/support'
import { demoUser, isolate, role, userWithRole } from '#tests/helpers/identity'
import { SmtpCatcher } from '#tests/helpers/smtp'
import { submit } from './support.js'

type ListedUser = { id: number; email: string; status: string; roles: { name: string }[] }

async function listUsers(client: ApiClient, actor: User, qs: Record<string, unknown> = {}) {
  const response = await client.get('/admin/users').qs(qs).loginAs(actor).withInertia()
  response.assertStatus(200)
  response.assertInertiaComponent('admin/users/index')
  const users = response.inertiaProps.users as {
    data: ListedUser[]
    metadata: { total: number; currentPage: number; lastPage: number }
  }
  return { emails: users.data.map((user) => user.email), ...users }
}

async function roleNamesOf(user: User) {
  const rows: { name: string; site_id: number | null }[] = await db
    .from('user_roles')
    .join('roles', 'roles.id', 'user_roles.role_id')
    .where('user_roles.user_id', user.id)
    .orderBy('roles.name')
    .select('roles.name', 'user_roles.site_id')
  return rows.map((row) => (row.site_id ? `${row.name}@${row.site_id}` : row.name))
}

/** Organisation-wide grants of the named roles, as the access form sends them. */
function grants(...names: string[]) {
  return Promise.all(
    names.map(async (name) => {
      const found = await role(name)
      return { roleId: found.id }
    })
  )
}

async function secondSite() {
  const main = await Site.findByOrFail('code', 'MAIN')
  return Site.create({
    organisationId: main.organisationId,
    code: 'NORTH',
    name: 'North Campus',
    timezone: 'Asia/Jakarta',
  })
}

test.group('Admin users / list', (group) => {
  isolate(group)

  test('searches by name or email, case-insensitively', async ({ client, assert }) => {
    const admin = await demoUser('admin')
    await createUser('rahma.search@example.test', { name: 'Siti Rahmawati' })
    await createUser('other.person@example.test', { name: 'Budi Santoso' })

    const byName = await listUsers(client, admin, { search: 'RAHMAW' })
    assert.deepEqual(byName.emails, ['rahma.search@example.test'])
    const byEmail = await listUsers(client, admin, { search: 'other.person@' })
    assert.deepEqual(byEmail.emails, ['other.person@example.test'])
    const wildcard = await listUsers(client, admin, { search: '%' })
    assert.deepEqual(wildcard.emails, [], 'a % in the search is text, not a wildcard')
  })

  test('filters by role, site and status', async ({ client, assert }) => {
    const admin = await demoUser('admin')
    const north = await secondSite()
    const inspectorRole = await role('inspector')

    const siteMember = await createUser('north.member@example.test', { name: 'Status Probe One' })
    await siteMember.related('sites').attach([north.id])
    const siteInspector = await createUser('north.inspector@example.test')
    await siteInspector.related('roles').attach({ [inspectorRole.id]: { site_id: north.id } })
    const disabled = await createUser('gone.away@example.test', { name: 'Status Probe Two' })
    disabled.status = 'disabled'
    await disabled.save()

    const inspectors = await listUsers(client, admin, { role: inspectorRole.id })
    assert.sameMembers(inspectors.emails, [
      'inspector@harmoni360.local',
      'north.inspector@example.test',
    ])

    const atNorth = await listUsers(client, admin, { site: north.id })
    assert.sameMembers(atNorth.emails, [
      'north.member@example.test',
      'north.inspector@example.test',
    ])

    const search = 'status probe'
    const inactive = await listUsers(client, admin, { search, status: 'disabled' })
    assert.deepEqual(inactive.emails, ['gone.away@example.test'])
    const active = await listUsers(client, admin, { search, status: 'active' })
    assert.deepEqual(active.emails, ['north.member@example.test'])

    const combined = await listUsers(client, admin, { role: inspectorRole.id, site: north.id })
    assert.deepEqual(combined.emails, ['north.inspector@example.test'])
  })

  test('paginates by name', async ({ client, assert }) => {
    const admin = await demoUser('admin')
    const count = USERS_PER_PAGE + 3
    const password = await hash.make(PASSWORD)
    await db.table('users').multiInsert(
      Array.from({ length: count }, (_, index) => ({
        name: `Pager ${String(index + 1).padStart(2, '0')}`,
        email: `pager.${index + 1}@example.test`,
        password,
      }))
    )

    const first = await listUsers(client, admin, { search: 'pager' })
    assert.lengthOf(first.data, USERS_PER_PAGE)
    assert.equal(first.metadata.total, count)
    assert.equal(first.metadata.lastPage, 2)
    assert.equal(first.emails[0], 'pager.1@example.test')

    const second = await listUsers(client, admin, { search: 'pager', page: 2 })
    assert.deepEqual(second.emails, [
      `pager.${USERS_PER_PAGE + 1}@example.test`,
      `pager.${USERS_PER_PAGE + 2}@example.test`,
      `pager.${USERS_PER_PAGE + 3}@example.test`,
    ])
    assert.equal(second.metadata.currentPage, 2)
  })

  test('ignores a malformed filter value and keeps applying the others', async ({
    client,
    assert,
  }) => {
    const admin = await demoUser('admin')
    await createUser('kept.filter@example.test', { name: 'Kept Filter' })
    const inspectorRole = await role('inspector')

    const badStatus = await listUsers(client, admin, { search: 'kept.filter', status: 'sleeping' })
    assert.deepEqual(badStatus.emails, ['kept.filter@example.test'])
    const badPage = await listUsers(client, admin, { role: inspectorRole.id, page: 'two' })
    assert.deepEqual(badPage.emails, ['inspector@harmoni360.local'])
  })

  test('never sends a password hash or two-factor secret', async ({ client, assert }) => {
    const { user } = await enrolledDemoUser('hse_manager')
    const listed = await listUsers(client, await demoUser('admin'), { search: user.email })
    const row = listed.data[0] as Record<string, unknown>
    assert.equal(row.email, user.email)
    assert.isTrue(row.twoFactorEnabled)
    const text = JSON.stringify(listed.data)
    for (const secret of [user.password, user.twoFactorSecret!]) assert.notInclude(text, secret)
  })
})

test.group('Admin users / create', (group) => {
  isolate(group)
  group.each.setup(() => clearLimits())

  test('creates a user with roles and sites who can then sign in', async ({ client, assert }) => {
    const admin = await demoUser('admin')
    const main = await Site.findByOrFail('code', 'MAIN')
    const inspectorRole = await role('inspector')
    const response = await submit(client, 'post', '/admin/users', admin).json({
      name: 'Dewi Anggraini',
      email: 'Dewi.Anggraini@Example.test',
      locale: 'id',
      password: PASSWORD,
      roles: [{ roleId: inspectorRole.id, siteId: main.id }],
      sites: [main.id],
    })

    const created = await User.findByOrFail('email', 'dewi.anggraini@example.test')
    response.assertStatus(302)
    response.assertHeader('location', `/admin/users/${created.id}/edit`)
    assert.equal(created.locale, 'id')
    assert.deepEqual(await roleNamesOf(created), [`inspector@${main.id}`])
    const sites = await db.from('user_sites').where('user_id', created.id).select('site_id')
    assert.deepEqual(
      sites.map((row) => row.site_id),
      [main.id]
    )
    const logged = await SecurityEvent.query()
      .where('user_id', created.id)
      .where('actor_id', admin.id)
    assert.includeMembers(
      logged.map((event) => event.event),
      ['user.created', 'role.assigned']
    )

    await WebSession.login(created.email, PASSWORD)
  })

  test('refuses a duplicate email, whatever its case, and creates nothing', async ({
    client,
    assert,
  }) => {
    await createUser('taken@example.test')
    const response = await submit(client, 'post', '/admin/users', await demoUser('admin')).json({
      name: 'Someone Else',
      email: 'TAKEN@example.test',
      locale: 'en',
      password: PASSWORD,
      roles: [],
      sites: [],
    })
    response.assertStatus(302)
    assert.property(response.flashMessage('inputErrorsBag'), 'email')
    const rows = await db.from('users').whereRaw('lower(email) = ?', ['taken@example.test'])
    assert.lengthOf(rows, 1)
  })

  test('only a super administrator creates an administrator', async ({ client, assert }) => {
    const adminRole = await role('admin')
    const form = (email: string) => ({
      name: 'New Administrator',
      email,
      locale: 'en',
      password: PASSWORD,
      roles: [{ roleId: adminRole.id }],
      sites: [],
    })

    const refused = await submit(client, 'post', '/admin/users', await demoUser('admin')).json(
      form('by.admin@example.test')
    )
    refused.assertStatus(403)
    assert.isNull(await User.findBy('email', 'by.admin@example.test'))

    const accepted = await submit(
      client,
      'post',
      '/admin/users',
      await demoUser('super_admin')
    ).json(form('by.super@example.test'))
    accepted.assertStatus(302)
    const created = await User.findByOrFail('email', 'by.super@example.test')
    assert.deepEqual(await roleNamesOf(created), ['admin'])
  })
})

test.group('Admin users / invite', (group) => {
  const smtp = new SmtpCatcher()
  isolate(group)
  group.setup(async () => {
    await smtp.start()
    return () => smtp.stop()
  })
  group.each.setup(() => {
    smtp.clear()
    return clearLimits()
  })

  test('an invited user gets a link, chooses a password and signs in', async ({
    client,
    assert,
  }) => {
    const response = await submit(client, 'post', '/admin/users', await demoUser('admin')).json({
      name: 'Putri Invited',
      email: 'putri.invited@example.test',
      locale: 'en',
      invite: true,
      roles: await grants('reporter'),
      sites: [],
    })
    response.assertStatus(302)
    const invited = await User.findByOrFail('email', 'putri.invited@example.test')
    assert.deepEqual(await roleNamesOf(invited), ['reporter'])

    const { url } = resetLinkIn(await smtp.waitFor(invited.email))
    const chosen = await client
      .put(url.pathname)
      .form({ password: NEW_PASSWORD, password_confirmation: NEW_PASSWORD })
      .withCsrfToken()
      .redirects(0)
    chosen.assertStatus(302)
    chosen.assertHeader('location', '/login')
    await WebSession.login(invited.email, NEW_PASSWORD)
  })
})

test.group('Admin users / roles and sites', (group) => {
  isolate(group)

  test('an admin grants ordinary roles, limited to a site, and changes sites', async ({
    client,
    assert,
  }) => {
    const admin = await demoUser('admin')
    const target = await demoUser('reporter')
    const north = await secondSite()
    const [reporterRole, inspectorRole] = [await role('reporter'), await role('inspector')]

    const response = await submit(client, 'put', `/admin/users/${target.id}/access`, admin).json({
      roles: [{ roleId: reporterRole.id }, { roleId: inspectorRole.id, siteId: north.id }],
      sites: [north.id],
    })
    response.assertStatus(302)
    response.assertHeader('location', `/admin/users/${target.id}/edit`)
    assert.deepEqual(await roleNamesOf(target), [`inspector@${north.id}`, 'reporter'])
    const sites = await db.from('user_sites').where('user_id', target.id).select('site_id')
    assert.deepEqual(
      sites.map((row) => row.site_id),
      [north.id]
    )
    const assigned = await SecurityEvent.query()
      .where('event', 'role.assigned')
      .where('user_id', target.id)
      .firstOrFail()
    assert.equal(assigned.actorId, admin.id)
    assert.equal(assigned.meta.role, 'inspector')
  })

  test('an admin cannot grant admin or super_admin; a super administrator can', async ({
    client,
    assert,
  }) => {
    const target = await demoUser('viewer')
    const viewerRole = await role('viewer')
    for (const name of ['admin', 'super_admin']) {
      const privileged = await role(name)
      const refused = await submit(
        client,
        'put',
        `/admin/users/${target.id}/access`,
        await demoUser('admin')
      ).json({ roles: [{ roleId: viewerRole.id }, { roleId: privileged.id }], sites: [] })
      refused.assertStatus(403)
      assert.deepEqual(await roleNamesOf(target), ['viewer'], name)
    }

    const accepted = await submit(
      client,
      'put',
      `/admin/users/${target.id}/access`,
      await demoUser('super_admin')
    ).json({ roles: await grants('viewer', 'admin'), sites: [] })
    accepted.assertStatus(302)
    assert.deepEqual(await roleNamesOf(target), ['admin', 'viewer'])
  })

  test('an admin cannot take the admin role away from another admin', async ({
    client,
    assert,
  }) => {
    const other = await userWithRole('second.admin@example.test', 'admin')
    const response = await submit(
      client,
      'put',
      `/admin/users/${other.id}/access`,
      await demoUser('admin')
    ).json({ roles: await grants('reporter'), sites: [] })
    response.assertStatus(403)
    assert.deepEqual(await roleNamesOf(other), ['admin'])
  })

  test('the last super administrator keeps the role, with a message', async ({
    client,
    assert,
  }) => {
    const superAdmin = await demoUser('super_admin')
    const response = await submit(
      client,
      'put',
      `/admin/users/${superAdmin.id}/access`,
      superAdmin
    ).json({ roles: await grants('admin'), sites: [] })
    response.assertStatus(302)
    response.assertHeader('location', `/admin/users/${superAdmin.id}/access`)
    response.assertFlashMessage(
      'error',
      'This is the last active super administrator: the role cannot be removed. Make someone else a super administrator first.'
    )
    assert.deepEqual(await roleNamesOf(superAdmin), ['super_admin'])
  })
})

test.group('Admin users / status and two-factor', (group) => {
  isolate(group)
  group.each.setup(() => clearLimits())

  test('a disabled user is signed out and cannot sign in until enabled again', async ({
    client,
    assert,
  }) => {
    const admin = await demoUser('admin')
    const target = await createUser('disable.me@example.test')
    const web = await WebSession.login(target.email, PASSWORD)

    const disabled = await submit(client, 'put', `/admin/users/${target.id}/status`, admin).json({
      status: 'disabled',
    })
    disabled.assertStatus(302)
    disabled.assertFlashMessage('success', `${target.name} was disabled and signed out everywhere.`)
    await target.refresh()
    assert.equal(target.status, 'disabled')

    const after = await web.request('GET', '/profile')
    assert.equal(after.status, 302)
    assert.equal(after.headers.get('location'), '/login')

    const login = await client
      .post('/login')
      .header('referer', '/login')
      .header('x-forwarded-for', '192.0.2.10')
      .form({ email: target.email, password: PASSWORD })
      .withCsrfToken()
      .redirects(0)
    login.assertStatus(302)
    login.assertHeader('location', '/login')
    login.assertFlashMessage('errorsBag', { email: 'The email or password is incorrect.' })

    const enabled = await submit(client, 'put', `/admin/users/${target.id}/status`, admin).json({
      status: 'active',
    })
    enabled.assertStatus(302)
    await WebSession.login(target.email, PASSWORD)
    const events = await SecurityEvent.query()
      .where('user_id', target.id)
      .where('actor_id', admin.id)
    assert.includeMembers(
      events.map((event) => event.event),
      ['user.disabled', 'user.enabled']
    )
  })

  test('nobody disables their own account', async ({ client, assert }) => {
    const admin = await demoUser('admin')
    const response = await submit(client, 'put', `/admin/users/${admin.id}/status`, admin).json({
      status: 'disabled',
    })
    response.assertStatus(302)
    response.assertFlashMessage('error', 'You cannot disable your own account.')
    await admin.refresh()
    assert.equal(admin.status, 'active')
  })

  test("resets a user's two-factor authentication", async ({ client, assert }) => {
    const admin = await demoUser('admin')
    const { user } = await enrolledDemoUser('hse_manager')
    const response = await submit(client, 'delete', `/admin/users/${user.id}/two-factor`, admin)
    response.assertStatus(302)
    response.assertHeader('location', `/admin/users/${user.id}/edit`)

    await user.refresh()
    assert.isNull(user.twoFactorEnabledAt)
    assert.isNull(user.twoFactorSecret)
    const reset = await SecurityEvent.query()
      .where('event', 'two_factor.reset')
      .where('user_id', user.id)
      .firstOrFail()
    assert.equal(reset.actorId, admin.id)
  })

  test("an admin cannot reset a super administrator's two-factor", async ({ client, assert }) => {
    const { user } = await enrolledDemoUser('super_admin')
    const response = await submit(
      client,
      'delete',
      `/admin/users/${user.id}/two-factor`,
      await demoUser('admin')
    )
    response.assertStatus(403)
    await user.refresh()
    assert.isNotNull(user.twoFactorEnabledAt)
  })
})

test.group('Admin users / who may do what', (group) => {
  isolate(group)

  test('a reporter gets 403 on every page and action', async ({ client }) => {
    const reporter = await demoUser('reporter')
    const target = await demoUser('viewer')
    const list = await client.get('/admin/users').loginAs(reporter).withInertia()
    list.assertStatus(403)
    const edit = await client.get(`/admin/users/${target.id}/edit`).loginAs(reporter)
    edit.assertStatus(403)
    const create = await submit(client, 'post', '/admin/users', reporter).json({})
    create.assertStatus(403)
    const status = await submit(client, 'put', `/admin/users/${target.id}/status`, reporter).json({
      status: 'disabled',
    })
    status.assertStatus(403)
  })

  test('the edit page buttons follow the same policy answers', async ({ client, assert }) => {
    const superAdmin = await demoUser('super_admin')
    const editPage = async (actor: User, target: User) => {
      const response = await client
        .get(`/admin/users/${target.id}/edit`)
        .loginAs(actor)
        .withInertia()
      response.assertStatus(200)
      response.assertInertiaComponent('admin/users/edit')
      return response.inertiaProps.can
    }
    assert.deepEqual(await editPage(await demoUser('admin'), superAdmin), {
      update: false,
      assign: false,
      disable: false,
      enable: false,
      resetTwoFactor: false,
    })
    assert.deepEqual(await editPage(superAdmin, await demoUser('admin')), {
      update: true,
      assign: true,
      disable: true,
      enable: false,
      resetTwoFactor: true,
    })
    assert.deepEqual(await editPage(await demoUser('hse_manager'), await demoUser('viewer')), {
      update: false,
      assign: false,
      disable: false,
      enable: false,
      resetTwoFactor: false,
    })
  })

  test('an HSE manager reads the list but changes nothing', async ({ client, assert }) => {
    const manager = await demoUser('hse_manager')
    const target = await demoUser('viewer')
    const listed = await listUsers(client, manager)
    assert.include(listed.emails, target.email)

    const status = await submit(client, 'put', `/admin/users/${target.id}/status`, manager).json({
      status: 'disabled',
    })
    status.assertStatus(403)
    const access = await submit(client, 'put', `/admin/users/${target.id}/access`, manager).json({
      roles: [],
      sites: [],
    })
    access.assertStatus(403)
    await target.refresh()
    assert.equal(target.status, 'active')
    assert.deepEqual(await roleNamesOf(target), ['viewer'])
  })
})
