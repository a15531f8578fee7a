import { test } from '@japa/runner'
import User from '#models/user'
import { DEMO_PASSWORD, demoEmail } from '#app/data/roles'

test.group('Session login', () => {
  test('redirects anonymous visitors from / to the login page', async ({ client }) => {
    const response = await client.get('/').redirects(5)
    response.assertStatus(200)
    response.assertRedirectsTo('/login')
  })

  test('logs a demo user in and shows the dashboard', async ({ client }) => {
    const response = await client
      .post('/login')
      .form({ email: demoEmail('reporter'), password: DEMO_PASSWORD })
      .withCsrfToken()
      .redirects(0)
    response.assertStatus(302)
    response.assertHeader('location', '/dashboard')

    const user = await User.findByOrFail('email', demoEmail('reporter'))
    const dashboard = await client.get('/dashboard').loginAs(user).withInertia()
    dashboard.assertStatus(200)
    dashboard.assertInertiaComponent('dashboard/show')
  })

  test('rejects a wrong password with a generic message', async ({ client }) => {
    const response = await client
      .post('/login')
      .header('referer', '/login')
      .form({ email: demoEmail('reporter'), password: 'wrong-password' })
      .withCsrfToken()
      .redirects(0)
    response.assertStatus(302)
    response.assertFlashMessage('errorsBag', { email: 'The email or password is incorrect.' })
  })
})
