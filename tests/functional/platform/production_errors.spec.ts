import { test } from '@japa/runner'
import { DEMO_PASSWORD, demoEmail } from '#app/data/roles'
import { LEAK_MARKERS, WebClient, pageObject } from '#tests/functional/platform/support'
import {
  ensureProductionBuild,
  productionEnv,
  startServer,
  type ServerProcess,
} from '#tests/helpers/server_process'

/**
 * The production build with a database that does not exist: pages that
 * need no database still work, and anything that touches it fails for
 * real. No test-only route is needed for a 500, and the answers are the
 * ones a user would see in production.
 */

const MISSING_DATABASE = 'harmoni_platform_missing_database'

function assertNoLeak(assert: { notMatch(text: string, pattern: RegExp): void }, body: string) {
  for (const marker of LEAK_MARKERS) assert.notMatch(body, marker)
  assert.notMatch(body, new RegExp(MISSING_DATABASE))
  assert.notMatch(body, /database "[^"]*" does not exist|ECONNREFUSED|postgres:\/\//i)
}

test.group('Error responses (production build)', (group) => {
  let server: ServerProcess

  group.setup(async () => {
    const buildDir = await ensureProductionBuild()
    const database = new URL(process.env.DATABASE_URL!)
    database.pathname = `/${MISSING_DATABASE}`
    server = await startServer({
      mode: 'build',
      buildDir,
      port: 4152,
      env: productionEnv({ DATABASE_URL: database.toString(), REDIS_URL: undefined }),
    })
    return () => server.kill()
  })

  test('an unknown URL renders the errors/show page with 404', async ({ assert }) => {
    const response = await new WebClient(server).get('/no-such-page', { accept: 'text/html' })
    assert.equal(response.status, 404)
    const html = await response.text()
    const page = pageObject(html)
    assert.equal(page.component, 'errors/show')
    assert.equal(page.props.status, 404)
    assertNoLeak(assert, html)
  })

  test('an unknown /api URL answers JSON 404', async ({ assert }) => {
    const response = await new WebClient(server).get('/api/v1/unknown')
    assert.equal(response.status, 404)
    assert.deepEqual(await response.json(), {
      errors: [{ code: 'E_ROUTE_NOT_FOUND', message: 'The requested resource does not exist.' }],
    })
  })

  test('a failing page request renders the 500 page, without stack or cause', async ({
    assert,
  }) => {
    const browser = new WebClient(server)
    const form = await browser.get('/login')
    assert.equal(form.status, 200)

    const response = await browser.postForm(
      '/login',
      { email: demoEmail('reporter'), password: DEMO_PASSWORD },
      { accept: 'text/html' }
    )
    assert.equal(response.status, 500)
    const html = await response.text()
    const page = pageObject(html)
    assert.equal(page.component, 'errors/show')
    assert.equal(page.props.status, 500)
    assertNoLeak(assert, html)

    await server.waitForLog((line) => line.level === 50 && line.request_id !== undefined)
  })

  test('an Inertia visit that fails gets the 500 page object', async ({ assert }) => {
    const browser = new WebClient(server)
    const form = await browser.get('/login')
    const { version } = pageObject(await form.text())
    const response = await browser.postForm(
      '/login',
      { email: demoEmail('reporter'), password: DEMO_PASSWORD },
      {
        'x-inertia': 'true',
        'x-inertia-version': version ?? '',
        'accept': 'text/html, application/xhtml+xml',
      }
    )
    assert.equal(response.status, 500)
    const body = await response.text()
    const page = JSON.parse(body) as { component: string; props: { status: number } }
    assert.equal(page.component, 'errors/show')
    assert.equal(page.props.status, 500)
    assertNoLeak(assert, body)
  })

  test('a JSON request to a failing page gets a generic message', async ({ assert }) => {
    const browser = new WebClient(server)
    await browser.get('/login')
    const response = await browser.postForm(
      '/login',
      { email: demoEmail('reporter'), password: DEMO_PASSWORD },
      { accept: 'application/json' }
    )
    assert.equal(response.status, 500)
    const body = await response.text()
    assert.deepEqual(JSON.parse(body), {
      message: 'An unexpected error occurred. It has been logged; please try again.',
    })
  })

  test('a failing API request answers E_INTERNAL JSON', async ({ assert }) => {
    const response = await new WebClient(server).request('/api/v1/auth/token', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept': 'application/json' },
      body: JSON.stringify({ email: demoEmail('reporter'), password: DEMO_PASSWORD }),
    })
    assert.equal(response.status, 500)
    const body = await response.text()
    assert.deepEqual(JSON.parse(body), {
      errors: [
        {
          code: 'E_INTERNAL',
          message: 'An unexpected error occurred. It has been logged; please try again.',
        },
      ],
    })
    assertNoLeak(assert, body)
  })
})
