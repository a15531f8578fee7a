import { test } from '@japa/runner'

/*
| Health probes are answered before this middleware on purpose (no access
| line, no session for load balancers), so these tests use a page route.
*/

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/

test.group('Request id', () => {
  test('echoes a sane X-Request-Id sent by the caller', async ({ client }) => {
    const response = await client.get('/login').header('X-Request-Id', 'test-123')
    response.assertStatus(200)
    response.assertHeader('x-request-id', 'test-123')
  })

  test('generates a UUID when the caller sends none', async ({ client, assert }) => {
    const first = await client.get('/login')
    const second = await client.get('/login')
    assert.match(first.header('x-request-id') ?? '', UUID)
    assert.match(second.header('x-request-id') ?? '', UUID)
    assert.notEqual(first.header('x-request-id'), second.header('x-request-id'))
  })

  test('replaces an unsafe id ({$i})')
    .with([
      { i: 'spaces and markup', id: 'abc <script>alert(1)</script>' },
      { i: 'too long', id: 'a'.repeat(129) },
      { i: 'json breaking', id: 'x","admin":true' },
    ])
    .run(async ({ client, assert }, { id }) => {
      const response = await client.get('/login').header('X-Request-Id', id)
      response.assertStatus(200)
      assert.notEqual(response.header('x-request-id'), id)
      assert.match(response.header('x-request-id') ?? '', UUID)
    })

  test('gives error responses an id too', async ({ client, assert }) => {
    const page = await client.get('/no-such-page').header('X-Request-Id', 'req.404:a_b-c')
    page.assertStatus(404)
    page.assertHeader('x-request-id', 'req.404:a_b-c')

    const api = await client.get('/api/v1/no-such-thing')
    api.assertStatus(404)
    assert.match(api.header('x-request-id') ?? '', UUID)
  })
})
