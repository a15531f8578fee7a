/*
|--------------------------------------------------------------------------
| npm start
|--------------------------------------------------------------------------
|
| Runs the production build from `npm run build` (build/bin/server.js) with
| NODE_ENV=production on PORT (8080 unless set). Unset variables come from
| .env, as `npm run dev` created it, so a local trial needs no setup: with
| no database configured it uses the same embedded PostgreSQL as
| `npm run dev`. The container runs build/bin/server.js directly instead.
|
*/

import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { spawn } from 'node:child_process'
import {
  ROOT,
  ace,
  configuredDatabase,
  ensureDotEnv,
  readDotEnv,
  startEmbeddedPostgres,
} from './support.js'

const server = join(ROOT, 'build', 'bin', 'server.js')
if (!existsSync(server)) {
  console.error('There is no production build yet: run `npm run build` first.')
  process.exit(1)
}

ensureDotEnv()
const { NODE_ENV: _mode, PORT: _port, HOST: _host, APP_URL: _url, ...fileEnv } = readDotEnv()
const env = { ...fileEnv, ...process.env, NODE_ENV: 'production' }
env.PORT ||= '8080'
env.HOST ||= '0.0.0.0'
env.APP_URL ||= `http://localhost:${env.PORT}`

let embedded = null
if (!configuredDatabase(env)) {
  embedded = await startEmbeddedPostgres('pg-dev', 54329, 'harmoni360')
  env.DATABASE_URL = embedded.url
  if ((await ace(['migration:run', '--force'], env, { cwd: join(ROOT, 'build') })) !== 0) {
    process.exit(1)
  }
}

const child = spawn(process.execPath, [server], { cwd: join(ROOT, 'build'), env, stdio: 'inherit' })
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal))
child.on('exit', async (code) => {
  await embedded?.stop()
  process.exit(code ?? 1)
})
