/*
| The production app under measurement: built once (npm run build), its
| database migrated and seeded through its own release command, the bench
| accounts (a manager; an administrator for the realtime diagnostic)
| created with users:create, then started with NODE_ENV=production.
*/

import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { randomBytes } from 'node:crypto'
import { spawnSync } from 'node:child_process'
import pg from 'pg'
import { ROOT, ensureDatabase } from '../../bin/support.js'
import { spawnPinned, waitFor } from './processes.js'

export const BUILD = join(ROOT, 'build')
/** bench/lib/mail_sink.js listens here while the bench runs */
export const MAIL_SINK_PORT = 4425
export const BENCH_USER = { email: 'bench@harmoni360.local', password: 'bench-password-not-secret' }
/** An administrator for the realtime diagnostic the SSE fan-out publishes through */
export const BENCH_ADMIN = {
  email: 'bench-admin@harmoni360.local',
  password: 'bench-admin-password-not-secret',
}

const secret = () => randomBytes(32).toString('base64url')

export function appEnv(port, overrides = {}) {
  return {
    PATH: process.env.PATH,
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    PORT: String(port),
    APP_URL: `http://127.0.0.1:${port}`,
    APP_KEY: BENCH_SECRETS.appKey,
    JWT_KEY: BENCH_SECRETS.jwtKey,
    DATABASE_URL: benchDatabaseUrl(),
    REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379/8',
    SESSION_DRIVER: 'redis',
    LOG_LEVEL: 'info',
    DRIVE_ROOT: join(ROOT, 'tmp', 'bench-uploads'),
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(MAIL_SINK_PORT),
    ...overrides,
  }
}

/* One pair of keys per run: tokens and sessions stay valid across restarts */
const BENCH_SECRETS = { appKey: secret(), jwtKey: secret() }

export function benchDatabaseUrl() {
  return process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/harmoni360_bench'
}

function run(command, args, options) {
  const result = spawnSync(command, args, { encoding: 'utf8', ...options })
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} failed:\n${result.stdout}\n${result.stderr}`)
  }
  return result.stdout
}

/** Builds unless build/ is already there (pass `rebuild` to force it). */
export function ensureBuild(log, rebuild = false) {
  if (!rebuild && existsSync(join(BUILD, 'bin', 'server.js'))) {
    log('using the existing production build in build/ (--rebuild to rebuild)')
    return
  }
  log('building the production app (npm run build)')
  run(process.execPath, ['ace', 'build'], { cwd: ROOT, env: { ...process.env } })
}

/** Migrations and roles (the release command), then the bench account. */
export async function prepareDatabase(log) {
  await ensureDatabase(benchDatabaseUrl())
  const env = appEnv(4410)
  log('migrating and seeding roles (node ace release)')
  run(process.execPath, ['ace', 'release'], { cwd: BUILD, env })
  /* The demo organisation, site and data, and the 100k incidents, are development-only tools */
  const devEnv = { ...env, NODE_ENV: 'development' }
  const client = new pg.Client({ connectionString: benchDatabaseUrl() })
  await client.connect()
  try {
    const sites = await client.query('SELECT count(*)::int AS n FROM sites')
    if (sites.rows[0].n === 0) {
      log('seeding the demo organisation and site (main seeder, development mode)')
      run(process.execPath, ['ace', 'db:seed', '--files', 'database/seeders/main_seeder.js'], {
        cwd: BUILD,
        env: devEnv,
      })
    }
    const incidents = await client.query('SELECT count(*)::int AS n FROM incidents')
    const missing = INCIDENTS - incidents.rows[0].n
    if (missing > 0) {
      log(`inserting ${missing} incidents (node ace incidents:benchmark)`)
      run(process.execPath, ['ace', 'incidents:benchmark', `--count=${missing}`], {
        cwd: BUILD,
        env: devEnv,
      })
    }
    const accounts = [
      { ...BENCH_USER, name: 'Bench Manager', roles: ['--role', 'hse_manager', '--site', 'MAIN'] },
      { ...BENCH_ADMIN, name: 'Bench Administrator', roles: ['--role', 'admin'] },
    ]
    for (const account of accounts) {
      const found = await client.query('SELECT id FROM users WHERE email = $1', [account.email])
      if (found.rowCount > 0) continue
      log(`creating ${account.email} (users:create)`)
      run(
        process.execPath,
        ['ace', 'users:create', '--email', account.email, '--name', account.name]
          .concat(account.roles)
          .concat(['--password-stdin']),
        { cwd: BUILD, env, input: account.password }
      )
    }
  } finally {
    await client.end()
  }
}

/** The list scenarios run against this many incidents. */
export const INCIDENTS = 100_000

export async function startApp(port, layout, { nodeArgs = [], env = {} } = {}) {
  const child = spawnPinned(
    process.execPath,
    [...nodeArgs, 'bin/server.js'],
    { cwd: BUILD, env: appEnv(port, env) },
    layout
  )
  const bootMs = await waitFor(`http://127.0.0.1:${port}/health`, { child })
  return { child, bootMs, url: `http://127.0.0.1:${port}` }
}

/** An access token for a bench account (JWT guard). */
export async function apiToken(baseUrl, account = BENCH_USER) {
  const response = await fetch(`${baseUrl}/api/v1/auth/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'accept': 'application/json' },
    body: JSON.stringify({ email: account.email, password: account.password }),
  })
  if (response.status !== 201) {
    throw new Error(`token request answered ${response.status}: ${await response.text()}`)
  }
  const body = await response.json()
  return body.accessToken
}

/** Cookies of a signed-in browser session, as one Cookie header. */
export async function sessionCookie(baseUrl) {
  const jar = new Map()
  const keep = (response) => {
    for (const cookie of response.headers.getSetCookie()) {
      const [pair] = cookie.split(';')
      const index = pair.indexOf('=')
      jar.set(pair.slice(0, index), pair.slice(index + 1))
    }
  }
  const header = () => [...jar].map(([name, value]) => `${name}=${value}`).join('; ')
  keep(await fetch(`${baseUrl}/login`, { redirect: 'manual' }))
  const xsrf = decodeURIComponent(jar.get('XSRF-TOKEN') ?? '')
  const login = await fetch(`${baseUrl}/login`, {
    method: 'POST',
    redirect: 'manual',
    headers: {
      'cookie': header(),
      'x-xsrf-token': xsrf,
      'content-type': 'application/json',
      'accept': 'text/html',
    },
    body: JSON.stringify(BENCH_USER),
  })
  keep(login)
  if (![302, 303].includes(login.status) || login.headers.get('location')?.includes('login')) {
    throw new Error(`session login answered ${login.status} → ${login.headers.get('location')}`)
  }
  return header()
}
