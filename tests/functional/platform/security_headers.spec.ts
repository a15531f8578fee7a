import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import { DEMO_PASSWORD, demoEmail } from '#app/data/roles'

const credentials = { email: demoEmail('hse_manager'), password: DEMO_PASSWORD }

test.group('Security headers', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('pages carry HSTS, a nonce-based CSP, no framing and no sniffing', async ({
    client,
    assert,
  }) => {
    const response = await client.get('/login')
    response.assertStatus(200)
    const policy = response.header('content-security-policy') ?? ''
    assert.match(
      response.header('strict-transport-security') ?? '',
      /max-age=31536000; includeSubDomains/
    )
    assert.match(policy, /script-src 'self' 'nonce-[^']+'/)
    assert.include(policy, "frame-ancestors 'none'")
    assert.equal(response.header('x-frame-options'), 'DENY')
    assert.equal(response.header('x-content-type-options'), 'nosniff')
    const cookies = Object.keys(response.cookies())
    assert.includeMembers(cookies, ['XSRF-TOKEN'])
  })

  test('the API is stateless: no session or XSRF cookie, the same protective headers', async ({
    client,
    assert,
  }) => {
    const token = await client.post('/api/v1/auth/token').json(credentials)
    token.assertStatus(201)
    const me = await client.get('/api/v1/me').bearerToken(token.body().accessToken)
    me.assertStatus(200)
    const invalid = await client.post('/api/v1/auth/token').json({ email: 'nope' })
    invalid.assertStatus(422)

    for (const response of [token, me, invalid]) {
      assert.isUndefined(response.header('set-cookie'))
      assert.match(response.header('strict-transport-security') ?? '', /max-age=31536000/)
      assert.equal(response.header('x-content-type-options'), 'nosniff')
      assert.equal(
        response.header('content-security-policy'),
        "default-src 'none'; frame-ancestors 'none'"
      )
    }
  })

  test('a browser session cookie is not accepted by the API', async ({ client }) => {
    const response = await client
      .get('/api/v1/me')
      .withCsrfToken()
      .header('accept', 'application/json')
    response.assertStatus(401)
  })
})
