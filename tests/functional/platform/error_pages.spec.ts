import { test } from '@japa/runner'
import { pageObject } from '#tests/functional/platform/support'

/**
 * In-process: the test server runs with renderStatusPages on and debug off,
 * as production does. The production process itself is covered by
 * production_errors.spec.ts.
 */
test.group('Error responses', () => {
  test('an unknown web URL renders the translated errors/show page with 404', async ({
    client,
    assert,
  }) => {
    const response = await client.get('/no-such-page').withInertia()
    response.assertStatus(404)
    response.assertInertiaComponent('errors/show')
    response.assertInertiaPropsContains({ status: 404, locale: 'en' })
    assert.equal(response.inertiaProps.messages['errors.404.title'], 'Page not found')
  })

  test('a path with a broken percent escape is a bad request, not a server error', async ({
    client,
  }) => {
    const response = await client.get('/%E0%A4%A/report')
    response.assertStatus(400)
  })

  test('the 404 page follows Accept-Language', async ({ client, assert }) => {
    const response = await client
      .get('/no-such-page')
      .header('Accept-Language', 'id-ID,id;q=0.9')
      .withInertia()
    response.assertStatus(404)
    response.assertInertiaPropsContains({ status: 404, locale: 'id' })
    assert.equal(response.inertiaProps.messages['errors.404.title'], 'Halaman tidak ditemukan')
  })

  test('a browser visit to an unknown URL gets the HTML error page', async ({ client, assert }) => {
    const response = await client.get('/no-such-page').header('Accept', 'text/html')
    response.assertStatus(404)
    assert.include(response.header('content-type'), 'text/html')
    const page = pageObject(response.text())
    assert.equal(page.component, 'errors/show')
    assert.equal(page.props.status, 404)
    assert.notInclude(response.text(), 'Cannot GET')
  })

  test('an unknown /api URL answers JSON errors', async ({ client }) => {
    const response = await client.get('/api/v1/unknown')
    response.assertStatus(404)
    response.assertBody({
      errors: [{ code: 'E_ROUTE_NOT_FOUND', message: 'The requested resource does not exist.' }],
    })
  })

  test('API errors are translated too', async ({ client }) => {
    const response = await client.get('/api/v1/unknown').header('Accept-Language', 'id')
    response.assertStatus(404)
    response.assertBody({
      errors: [{ code: 'E_ROUTE_NOT_FOUND', message: 'Sumber daya yang diminta tidak ada.' }],
    })
  })

  test('an invalid API request answers 422 with a code per field', async ({ client, assert }) => {
    const response = await client.post('/api/v1/auth/token').json({ email: 'not-an-email' })
    response.assertStatus(422)
    const { errors } = response.body() as {
      errors: { code: string; field: string; message: string }[]
    }
    assert.sameDeepMembers(
      errors.map(({ code, field }) => ({ code, field })),
      [
        { code: 'email', field: 'email' },
        { code: 'required', field: 'password' },
      ]
    )
    errors.forEach(({ message }) => assert.isNotEmpty(message))
  })

  test('an invalid web form goes back with the field errors', async ({ client, assert }) => {
    const response = await client
      .post('/login')
      .header('referer', '/login')
      .form({ email: 'not-an-email', password: 'whatever' })
      .withCsrfToken()
      .withInertia()
      .redirects(0)
    response.assertStatus(302)
    response.assertHeader('location', '/login')
    const flashed = response.flashMessages()
    assert.properties(flashed.inputErrorsBag, ['email'])
    assert.notProperty(flashed.inputErrorsBag, 'password')
    assert.notInclude(JSON.stringify(flashed), 'whatever')
  })
})
