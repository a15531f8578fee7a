import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import User from '#models/user'
import RefreshToken from '#models/refresh_token'
import SecurityEvent from '#models/security_event'
import { Jwt } from '#auth/jwt'
import { ApiTokenService } from '#services/api_token_service'
import { DEMO_PASSWORD, demoEmail } from '#app/data/roles'

const credentials = { email: demoEmail('hse_manager'), password: DEMO_PASSWORD }

test.group('API tokens', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('issues an access JWT and a refresh token for valid credentials', async ({
    client,
    assert,
  }) => {
    const response = await client.post('/api/v1/auth/token').json(credentials)
    response.assertStatus(201)
    const body = response.body()
    assert.equal(body.tokenType, 'Bearer')
    assert.match(body.refreshToken, /^rt_/)

    const [header, payload] = body.accessToken.split('.')
    assert.deepEqual(JSON.parse(Buffer.from(header, 'base64url').toString()), {
      alg: 'HS256',
      typ: 'JWT',
    })
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString())
    assert.containsSubset(claims, { iss: 'harmonihse360', aud: 'harmonihse360-api' })
    assert.properties(claims, ['sub', 'exp', 'jti', 'iat'])
    assert.equal(claims.exp - claims.iat, 15 * 60)

    const me = await client.get('/api/v1/me').bearerToken(body.accessToken)
    me.assertStatus(200)
    assert.equal(me.body().data.user.email, credentials.email)
    assert.include(me.body().data.roles, 'hse_manager')
    assert.include(me.body().data.permissions, 'incidents.approve')
    assert.notProperty(me.body().data.user, 'password')
  })

  test('rejects wrong credentials with a JSON 401 that does not reveal the email', async ({
    client,
    assert,
  }) => {
    const wrongPassword = await client
      .post('/api/v1/auth/token')
      .json({ ...credentials, password: 'nope-nope' })
    const unknownEmail = await client
      .post('/api/v1/auth/token')
      .json({ email: 'ghost@harmoni360.local', password: 'nope-nope' })
    wrongPassword.assertStatus(401)
    unknownEmail.assertStatus(401)
    assert.deepEqual(wrongPassword.body(), unknownEmail.body())
    assert.equal(wrongPassword.body().errors[0].code, 'E_INVALID_CREDENTIALS')
  })

  test('returns 422 with field codes for an invalid body', async ({ client, assert }) => {
    const response = await client.post('/api/v1/auth/token').json({ email: 'not-an-email' })
    response.assertStatus(422)
    const fields = response.body().errors.map((error: { field: string }) => error.field)
    assert.includeMembers(fields, ['email', 'password'])
  })

  test('refuses missing, expired, tampered and wrong-audience tokens', async ({ client }) => {
    const user = await User.findByOrFail('email', credentials.email)
    const { token } = ApiTokenService.signAccessToken(user)
    const [header, payload] = token.split('.')
    const forged = Buffer.from(
      JSON.stringify({ ...JSON.parse(Buffer.from(payload, 'base64url').toString()), sub: '1' })
    ).toString('base64url')

    const expired = ApiTokenService.jwt.sign(
      String(user.id),
      60,
      Math.floor(Date.now() / 1000) - 120
    )
    const key = (ApiTokenService.jwt as unknown as { key: string }).key
    const otherAudience = new Jwt(key, 'harmonihse360', 'someone-else').sign(String(user.id), 60)

    const cases = [
      undefined,
      `${header}.${forged}.${token.split('.')[2]}`,
      expired.token,
      otherAudience.token,
      'not-a-jwt',
    ]
    for (const bearer of cases) {
      const request = client.get('/api/v1/me')
      if (bearer) request.bearerToken(bearer)
      const response = await request
      response.assertStatus(401)
      response.assertBodyContains({ errors: [{}] })
    }
  })

  test('refuses the token of a disabled user', async ({ client }) => {
    const user = await User.findByOrFail('email', demoEmail('viewer'))
    const { token } = ApiTokenService.signAccessToken(user)
    user.status = 'disabled'
    await user.save()
    const response = await client.get('/api/v1/me').bearerToken(token)
    response.assertStatus(401)
  })

  test('rotates refresh tokens and revokes the family when a used one comes back', async ({
    client,
    assert,
  }) => {
    const issued = await client.post('/api/v1/auth/token').json(credentials)
    const first = issued.body()

    const rotated = await client
      .post('/api/v1/auth/refresh')
      .json({ refreshToken: first.refreshToken })
    rotated.assertStatus(200)
    assert.notEqual(rotated.body().refreshToken, first.refreshToken)

    const reuse = await client
      .post('/api/v1/auth/refresh')
      .json({ refreshToken: first.refreshToken })
    reuse.assertStatus(401)
    assert.equal(reuse.body().errors[0].code, 'E_REFRESH_TOKEN_INVALID')

    const afterReuse = await client
      .post('/api/v1/auth/refresh')
      .json({ refreshToken: rotated.body().refreshToken })
    afterReuse.assertStatus(401)

    const user = await User.findByOrFail('email', credentials.email)
    const live = await RefreshToken.query().where('user_id', user.id).whereNull('revoked_at')
    assert.lengthOf(live, 0)
    const event = await SecurityEvent.query().where('event', 'token.reuse_detected').first()
    assert.equal(event?.userId, user.id)
  })

  test('logout revokes the refresh family and the access token', async ({ client }) => {
    const issued = await client.post('/api/v1/auth/token').json(credentials)
    const tokens = issued.body()
    const logout = await client
      .post('/api/v1/auth/logout')
      .bearerToken(tokens.accessToken)
      .json({ refreshToken: tokens.refreshToken })
    logout.assertStatus(204)

    const me = await client.get('/api/v1/me').bearerToken(tokens.accessToken)
    me.assertStatus(401)
    const refresh = await client
      .post('/api/v1/auth/refresh')
      .json({ refreshToken: tokens.refreshToken })
    refresh.assertStatus(401)
  })
})
