import vine from '@vinejs/vine'
import { Socket } from 'node:net'
import { IncomingMessage, ServerResponse } from 'node:http'
import { test } from '@japa/runner'
import app from '@adonisjs/core/services/app'
import { Exception } from '@adonisjs/core/exceptions'
import type { HttpContext } from '@adonisjs/core/http'
import { errors as bouncerErrors, AuthorizationResponse } from '@adonisjs/bouncer'
import { errors as limiterErrors, LimiterResponse } from '@adonisjs/limiter'
import testUtils from '@adonisjs/core/services/test_utils'
import HttpExceptionHandler from '#exceptions/handler'

/**
 * The handler on its own, for the cases no route can trigger yet (there is
 * no /api route so far). The test app runs with debug off and status pages
 * on, as production does.
 */

const SECRET = 'connect ECONNREFUSED postgres://admin:hunter2@db.internal:5432'

function context(url: string, headers: Record<string, string> = {}) {
  const req = new IncomingMessage(new Socket())
  req.method = 'GET'
  req.url = url
  req.headers = { host: 'localhost', ...headers }
  return testUtils.createHttpContext({ req, res: new ServerResponse(req) })
}

async function handle(error: unknown, ctx: HttpContext) {
  const handler = await app.container.make(HttpExceptionHandler)
  await handler.report(error, ctx)
  await handler.handle(error, ctx)
  return { status: ctx.response.getStatus(), body: ctx.response.getBody() }
}

class InvalidTransitionException extends Exception {
  static status = 422
  static code = 'E_INVALID_TRANSITION'
}

test.group('Exception handler / API', () => {
  test('a server error answers E_INTERNAL without its message or stack', async ({ assert }) => {
    const { status, body } = await handle(new Error(SECRET), await context('/api/v1/incidents'))
    assert.equal(status, 500)
    assert.deepEqual(body, {
      errors: [
        {
          code: 'E_INTERNAL',
          message: 'An unexpected error occurred. It has been logged; please try again.',
        },
      ],
    })
    assert.notInclude(JSON.stringify(body), 'hunter2')
    assert.notInclude(JSON.stringify(body), 'handler.spec')
  })

  test('the internal error message follows Accept-Language', async ({ assert }) => {
    const ctx = await context('/api/v1/incidents', { 'accept-language': 'id' })
    const { body } = await handle(new Error(SECRET), ctx)
    assert.deepEqual(body, {
      errors: [
        {
          code: 'E_INTERNAL',
          message: 'Terjadi kesalahan tak terduga. Kesalahan telah dicatat; silakan coba lagi.',
        },
      ],
    })
  })

  test('a validation error answers 422 with one entry per field and rule', async ({ assert }) => {
    const validator = vine.create({
      email: vine.string().email(),
      severity: vine.number().min(1).max(5),
    })
    const error = await validator
      .validate({ email: 'nope', severity: 9 })
      .then(() => null)
      .catch((thrown) => thrown)
    assert.instanceOf(error, Error)

    const { status, body } = await handle(error, await context('/api/v1/incidents'))
    assert.equal(status, 422)
    const errors = (body as { errors: { code: string; field: string; message: string }[] }).errors
    assert.deepEqual(
      errors.map(({ code, field }) => ({ code, field })),
      [
        { code: 'email', field: 'email' },
        { code: 'max', field: 'severity' },
      ]
    )
    errors.forEach(({ message }) => assert.isNotEmpty(message))
  })

  test('a domain exception keeps its code, status and message', async ({ assert }) => {
    const error = new InvalidTransitionException('A closed incident cannot be reopened.')
    const { status, body } = await handle(error, await context('/api/v1/incidents/1/reopen'))
    assert.equal(status, 422)
    assert.deepEqual(body, {
      errors: [{ code: 'E_INVALID_TRANSITION', message: 'A closed incident cannot be reopened.' }],
    })
  })

  test('a refused policy answers 403 with the translated message', async ({ assert }) => {
    const error = new bouncerErrors.E_AUTHORIZATION_FAILURE(AuthorizationResponse.deny())
    const { status, body } = await handle(error, await context('/api/v1/incidents/1'))
    assert.equal(status, 403)
    assert.deepEqual(body, {
      errors: [
        { code: 'E_AUTHORIZATION_FAILURE', message: 'You are not allowed to perform this action.' },
      ],
    })
  })

  test('a rate limit answers 429 with Retry-After', async ({ assert }) => {
    const error = new limiterErrors.E_TOO_MANY_REQUESTS(
      new LimiterResponse({ limit: 5, remaining: 0, consumed: 6, availableIn: 42 })
    )
    const ctx = await context('/api/v1/auth/token')
    const { status, body } = await handle(error, ctx)
    assert.equal(status, 429)
    assert.equal(ctx.response.getHeader('retry-after'), 42)
    assert.deepEqual(body, {
      errors: [
        {
          code: 'E_TOO_MANY_REQUESTS',
          message: 'Too many requests. Please wait a moment and try again.',
        },
      ],
    })
  })
})

test.group('Exception handler / web', () => {
  test('a server error on a page never shows its message or stack', async ({ assert }) => {
    const ctx = await context('/dashboard', { accept: 'text/html' })
    const { status, body } = await handle(new Error(SECRET), ctx)
    assert.equal(status, 500)
    const html = String(body)
    assert.include(html, 'Something went wrong')
    assert.notInclude(html, 'hunter2')
    assert.notInclude(html, 'handler.spec')
  })

  test('a 503 gets the "temporarily unavailable" page', async ({ assert }) => {
    const error = new Exception('Redis is down', { status: 503 })
    const { status, body } = await handle(
      error,
      await context('/dashboard', { accept: 'text/html' })
    )
    assert.equal(status, 503)
    assert.include(String(body), 'Temporarily unavailable')
    assert.notInclude(String(body), 'Redis is down')
  })

  test('a JSON request to a web route gets no server error message', async ({ assert }) => {
    const ctx = await context('/dashboard', { accept: 'application/json' })
    const { status, body } = await handle(new Error(SECRET), ctx)
    assert.equal(status, 500)
    assert.deepEqual(body, {
      message: 'An unexpected error occurred. It has been logged; please try again.',
    })
  })
})
