/*
|--------------------------------------------------------------------------
| npm run dev
|--------------------------------------------------------------------------
|
| Zero setup: creates .env, uses the configured database or starts an
| embedded PostgreSQL under tmp/pg-dev (its data survives restarts),
| migrates, seeds demo data and serves the app with hot reload.
|
*/

import { spawn } from 'node:child_process'
import {
  ROOT,
  ace,
  configuredDatabase,
  configuredRedis,
  ensureDatabase,
  ensureDotEnv,
  readDotEnv,
  startEmbeddedPostgres,
  startMailCatcher,
} from './support.js'

const step = (message) => console.log(`\u001b[36m›\u001b[0m ${message}`)

if (ensureDotEnv()) step('Created .env from .env.example with a fresh APP_KEY')

const fileEnv = readDotEnv()
const env = { ...process.env }
let embedded = null

const configured = configuredDatabase({ ...fileEnv, ...process.env })
if (configured) {
  step(`Using the configured database at ${new URL(configured).host}`)
  await ensureDatabase(configured)
  env.DATABASE_URL = configured
} else {
  step('No DATABASE_URL: starting the embedded PostgreSQL in tmp/pg-dev')
  embedded = await startEmbeddedPostgres('pg-dev', 54329, 'harmoni360')
  env.DATABASE_URL = embedded.url
}

if (!configuredRedis({ ...fileEnv, ...process.env })) {
  step('No REDIS_URL: using single-process cache, limiter and realtime drivers')
}

if (!env.SMTP_HOST && !fileEnv.SMTP_HOST) {
  const mailPort = await startMailCatcher(Number(env.SMTP_PORT || fileEnv.SMTP_PORT || 1025))
  if (mailPort) step(`No SMTP_HOST: mail is kept in tmp/mail (local SMTP on port ${mailPort})`)
}

step('Migrating the database')
if ((await ace(['migration:run', '--force'], env)) !== 0) process.exit(1)
step('Seeding roles and demo data')
if ((await ace(['db:seed', '--files', 'database/seeders/main_seeder.ts'], env)) !== 0) {
  process.exit(1)
}

const port = env.PORT || fileEnv.PORT || '3333'
console.log(`
  HarmoniHSE360 is starting at \u001b[1mhttp://localhost:${port}\u001b[0m

  Demo logins (development only), password \u001b[1mHarmoni360!demo\u001b[0m:
    super_admin@harmoni360.local   hse_manager@harmoni360.local
    incident_manager@harmoni360.local   reporter@harmoni360.local
    (one account per role: <role>@harmoni360.local)
`)

const server = spawn(process.execPath, ['ace', 'serve', '--hmr'], {
  cwd: ROOT,
  env,
  stdio: 'inherit',
})

let stopping = false
async function stop(signal) {
  if (stopping) return
  stopping = true
  server.kill(signal)
  await new Promise((resolve) => server.once('exit', resolve))
  await embedded?.stop()
  process.exit(0)
}
process.on('SIGINT', () => stop('SIGINT'))
process.on('SIGTERM', () => stop('SIGTERM'))
server.on('exit', async (code) => {
  if (stopping) return
  await embedded?.stop()
  process.exit(code ?? 0)
})
