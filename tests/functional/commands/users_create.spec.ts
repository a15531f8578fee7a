import { randomBytes } from 'node:crypto'
import { test } from '@japa/runner'
import db from '@adonisjs/lucid/services/db'
import User from '#models/user'
import SecurityEvent from '#models/security_event'
import { PermissionService } from '#services/permission_service'
import { MIN_PASSWORD_LENGTH } from '#validators/admin'
import { english } from '#tests/functional/admin/support'
import { clearLimits } from '#tests/functional/two_factor/support'
import { runAce, type AceRun } from '#tests/helpers/ace'
import { demoEmail } from '#app/data/roles'

const PASSWORD = 'first admin passphrase'

/** The child commits for real and the test database outlives a run: fresh addresses each run. */
const RUN = randomBytes(4).toString('hex')
const runEmail = (local: string) => `${local}.${RUN}@example.test`

function usersCreate(flags: string[], stdin?: string) {
  return runAce(['users:create', '--no-ansi', ...flags], {
    env: { DATABASE_URL: process.env.DATABASE_URL! },
    stdin,
  })
}

const output = (run: AceRun) => `${run.stdout}\n${run.stderr}`

/**
 * The command commits in its own process, outside any test transaction:
 * what it created is stripped of its roles and disabled afterwards, so no
 * extra super administrator survives into other tests (the security log
 * keeps the account row).
 */
async function retire(email: string) {
  const user = await User.findBy('email', email)
  if (!user) return
  await db.from('user_roles').where('user_id', user.id).delete()
  await db.from('user_sites').where('user_id', user.id).delete()
  await db.from('users').where('id', user.id).update({ status: 'disabled' })
  await PermissionService.invalidate()
}

test.group('node ace users:create', (group) => {
  const created = new Set<string>()
  group.each.setup(() => clearLimits())
  group.each.teardown(async () => {
    for (const email of created) await retire(email)
    created.clear()
  })

  test('creates a super administrator from stdin who can then sign in', async ({
    client,
    assert,
  }) => {
    const email = runEmail('first.admin')
    created.add(email)
    const run = await usersCreate(
      [
        '--email',
        email.toUpperCase(),
        '--name',
        'Ayu Pratiwi',
        '--role',
        'super_admin',
        '--password-stdin',
      ],
      `${PASSWORD}\n`
    )
    assert.equal(run.code, 0, output(run))

    const user = await User.findByOrFail('email', email)
    assert.include(
      output(run),
      english('admin.cli.created', { id: user.id, email, roles: 'super_admin' })
    )
    assert.notInclude(output(run), PASSWORD)
    assert.equal(user.name, 'Ayu Pratiwi')
    assert.equal(user.status, 'active')
    const roles = await db
      .from('user_roles')
      .join('roles', 'roles.id', 'user_roles.role_id')
      .where('user_roles.user_id', user.id)
      .select('roles.name')
    assert.deepEqual(
      roles.map((row) => row.name),
      ['super_admin']
    )
    const logged = await SecurityEvent.query()
      .where('event', 'user.created')
      .where('user_id', user.id)
      .firstOrFail()
    assert.isNull(logged.actorId)

    const login = await client
      .post('/login')
      .header('x-forwarded-for', '198.51.100.201')
      .form({ email, password: PASSWORD })
      .withCsrfToken()
      .redirects(0)
    login.assertStatus(302)
    login.assertHeader('location', '/dashboard')
  })

  test('refuses an unknown role, creating nothing', async ({ assert }) => {
    const email = runEmail('unknown.role')
    created.add(email)
    const run = await usersCreate(
      ['--email', email, '--name', 'Nobody Special', '--role', 'overlord', '--password-stdin'],
      PASSWORD
    )
    assert.equal(run.code, 1, output(run))
    assert.include(output(run), english('admin.cli.unknown_role', { roles: 'overlord' }))
    assert.isNull(await User.findBy('email', email))
  })

  test('refuses a password shorter than the minimum, creating nothing', async ({ assert }) => {
    const email = runEmail('short.password')
    created.add(email)
    const run = await usersCreate(
      ['--email', email, '--name', 'Short Password', '--role', 'viewer', '--password-stdin'],
      'x'.repeat(MIN_PASSWORD_LENGTH - 1)
    )
    assert.equal(run.code, 1, output(run))
    assert.include(
      output(run),
      english('admin.cli.invalid', { fields: 'password', min: MIN_PASSWORD_LENGTH })
    )
    assert.isNull(await User.findBy('email', email))
  })

  test('refuses an email that is already taken, whatever its case', async ({ assert }) => {
    const existing = await User.findByOrFail('email', demoEmail('viewer'))
    const run = await usersCreate(
      [
        '--email',
        existing.email.toUpperCase(),
        '--name',
        'Second Viewer',
        '--role',
        'viewer',
        '--password-stdin',
      ],
      PASSWORD
    )
    assert.equal(run.code, 1, output(run))
    assert.include(output(run), english('admin.cli.exists', { email: existing.email }))
    await existing.refresh()
    assert.equal(existing.name, 'Demo Viewer')
  })

  test('never takes the password from anywhere but stdin', async ({ assert }) => {
    const email = runEmail('no.stdin')
    created.add(email)
    const run = await usersCreate(['--email', email, '--name', 'No Stdin', '--role', 'viewer'])
    assert.equal(run.code, 1, output(run))
    assert.include(output(run), english('admin.cli.password_stdin_required'))
    assert.isNull(await User.findBy('email', email))
  })
})
