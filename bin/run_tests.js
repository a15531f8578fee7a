/*
|--------------------------------------------------------------------------
| npm test
|--------------------------------------------------------------------------
|
| Uses the configured PostgreSQL (its `<name>_test` database, recreated
| empty for every run) or an embedded one, and the configured Redis when
| REDIS_URL is set. Prints a plain "N passed, N failed" line and fails
| when no test ran.
|
*/

import { existsSync, readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import {
  ROOT,
  ace,
  configuredDatabase,
  configuredRedis,
  newAppKey,
  readDotEnv,
  recreateTestDatabase,
  startEmbeddedPostgres,
  testDatabaseUrl,
} from './support.js'

const fileEnv = readDotEnv()
const env = { ...process.env, NODE_ENV: 'test' }
env.APP_KEY ||= fileEnv.APP_KEY || newAppKey()
env.HOST = '127.0.0.1'
env.PORT ||= '3334'
env.LOG_LEVEL ||= 'silent'
env.SESSION_DRIVER ||= 'memory'
/* Mail goes to the in-process SMTP server of tests/helpers/smtp.ts, one port per test port */
env.SMTP_HOST ||= '127.0.0.1'
env.SMTP_PORT ||= String(10000 + (Number(env.PORT) % 50000))

let embedded = null
const configured = configuredDatabase({ ...fileEnv, ...process.env })
if (configured) {
  env.DATABASE_URL = testDatabaseUrl(configured)
  console.log(`Tests use PostgreSQL at ${new URL(env.DATABASE_URL).host}${new URL(env.DATABASE_URL).pathname}`)
} else {
  embedded = await startEmbeddedPostgres('pg-test', 54330, 'harmoni360_test')
  env.DATABASE_URL = embedded.url
  console.log('Tests use an embedded PostgreSQL under tmp/pg-test (no DATABASE_URL configured)')
}
/* Every run starts from an empty database, migrated once by tests/bootstrap.ts */
await recreateTestDatabase(env.DATABASE_URL)

const redis = configuredRedis({ ...fileEnv, ...process.env })
if (redis) {
  env.REDIS_URL = redis
} else {
  delete env.REDIS_HOST
  console.log('No REDIS_URL: tests that need Redis will be reported as skipped')
}

const summaryFile = join(ROOT, 'tmp', `test-summary-${env.PORT}.json`)
env.TEST_SUMMARY_FILE = summaryFile
rmSync(summaryFile, { force: true })

let code = await ace(['test', ...process.argv.slice(2)], env)
await embedded?.stop()

if (existsSync(summaryFile)) {
  const summary = JSON.parse(readFileSync(summaryFile, 'utf8'))
  const skipped = summary.skipped ? `, ${summary.skipped} skipped` : ''
  console.log(`\n${summary.passed} passed, ${summary.failed} failed${skipped}`)
  if (summary.total === 0) {
    console.error('No test ran: check the suite globs in adonisrc.ts')
    code = 1
  }
} else if (code === 0) {
  console.error('The test run left no summary: treating it as a failure')
  code = 1
}
process.exit(code)
