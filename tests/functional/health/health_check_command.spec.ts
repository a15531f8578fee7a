import { createServer } from 'node:net'
import { test } from '@japa/runner'
import { runAce } from '#tests/helpers/ace'

/** Runs `node ace health:check …` in a child process with the given env. */
function aceHealthCheck(args: string[], env: Record<string, string>) {
  return runAce(['health:check', ...args], { env })
}

async function closedPort() {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as { port: number }
  await new Promise((resolve) => server.close(resolve))
  return port
}

test.group('node ace health:check', () => {
  test('prints a JSON report and exits 0 when healthy', async ({ assert }) => {
    const run = await aceHealthCheck(['--json'], { DATABASE_URL: process.env.DATABASE_URL! })
    assert.equal(run.code, 0, run.stderr)

    const report = JSON.parse(run.stdout)
    assert.equal(report.status, 'ok')
    assert.isTrue(report.healthy)
    const database = report.checks.find((check: { name: string }) => check.name === 'database')
    assert.equal(database.status, 'ok')
    assert.isNumber(database.durationMs)
  })

  test('prints a table of checks', async ({ assert }) => {
    const run = await aceHealthCheck(['--no-ansi'], { DATABASE_URL: process.env.DATABASE_URL! })
    assert.equal(run.code, 0, run.stderr)
    for (const text of ['Check', 'Status', 'Duration', 'Message', 'database', 'disk']) {
      assert.include(run.stdout, text)
    }
  })

  test('exits 1 with a JSON report when the database is unreachable', async ({ assert }) => {
    const port = await closedPort()
    const run = await aceHealthCheck(['--json'], {
      DATABASE_URL: `postgres://postgres:hunter2-secret@127.0.0.1:${port}/nothing`,
    })
    assert.equal(run.code, 1, run.stderr)

    const report = JSON.parse(run.stdout)
    assert.equal(report.status, 'error')
    assert.isFalse(report.healthy)
    const database = report.checks.find((check: { name: string }) => check.name === 'database')
    assert.equal(database.status, 'error')
    assert.notInclude(run.stdout, 'hunter2-secret')
  })
})
