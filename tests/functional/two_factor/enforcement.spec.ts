import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import User from '#models/user'
import { DEMO_PASSWORD, demoEmail } from '#app/data/roles'
import {
  clearLimits,
  enforceTwoFactor,
  enrolledDemoUser,
} from '#tests/functional/two_factor/support'

test.group('Two-factor / enforcement', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())
  group.each.setup(() => clearLimits())

  test('an admin without two-factor is sent to enrolment from every page', async ({
    client,
    cleanup,
  }) => {
    cleanup(enforceTwoFactor('true'))
    const admin = await User.findByOrFail('email', demoEmail('admin'))

    const dashboard = await client.get('/dashboard').loginAs(admin).redirects(0)
    dashboard.assertStatus(302)
    dashboard.assertHeader('location', '/account/two-factor')

    const inertia = await client.get('/dashboard').loginAs(admin).withInertia().redirects(0)
    inertia.assertHeader('location', '/account/two-factor')

    const setup = await client.get('/account/two-factor').loginAs(admin).withInertia()
    setup.assertStatus(200)
    setup.assertInertiaComponent('two_factor/setup')
    setup.assertInertiaPropsContains({ enabled: false, required: true })
  })

  test('logout, health and the enrolment routes stay reachable', async ({ client, assert }) => {
    const restore = enforceTwoFactor('true')
    try {
      const admin = await User.findByOrFail('email', demoEmail('super_admin'))
      const logout = await client.post('/logout').loginAs(admin).withCsrfToken().redirects(0)
      logout.assertHeader('location', '/login')

      const live = await client.get('/health/live').loginAs(admin).redirects(0)
      assert.equal(live.status(), 200)

      const codes = await client
        .post('/account/two-factor/recovery-codes')
        .form({ password: DEMO_PASSWORD })
        .loginAs(admin)
        .withCsrfToken()
        .redirects(0)
      codes.assertHeader('location', '/account/two-factor')
    } finally {
      restore()
    }
  })

  test('the password login of such a user lands on enrolment', async ({ client, cleanup }) => {
    cleanup(enforceTwoFactor('true'))
    const admin = await User.findByOrFail('email', demoEmail('admin'))
    const login = await client
      .post('/login')
      .form({ email: admin.email, password: DEMO_PASSWORD })
      .withCsrfToken()
      .redirects(0)
    login.assertHeader('location', '/dashboard')

    const next = await client.get('/dashboard').withSession(login.session()).redirects(0)
    next.assertHeader('location', '/account/two-factor')
  })

  test('roles that do not require it, enrolled users and non-enforcing envs pass', async ({
    client,
    cleanup,
  }) => {
    const reporter = await User.findByOrFail('email', demoEmail('reporter'))
    const { user: enrolledAdmin } = await enrolledDemoUser('admin')
    const otherAdmin = await User.findByOrFail('email', demoEmail('super_admin'))

    const restore = enforceTwoFactor('true')
    cleanup(restore)
    const asReporter = await client.get('/dashboard').loginAs(reporter).redirects(0)
    asReporter.assertStatus(200)
    const asEnrolled = await client.get('/dashboard').loginAs(enrolledAdmin).redirects(0)
    asEnrolled.assertStatus(200)

    process.env.TWO_FACTOR_ENFORCE = 'false'
    const notEnforced = await client.get('/dashboard').loginAs(otherAdmin).redirects(0)
    notEnforced.assertStatus(200)
  })
})
