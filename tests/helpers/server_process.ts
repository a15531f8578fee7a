import net from 'node:net'
import { createHash, randomBytes } from 'node:crypto'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { writeFile } from 'node:fs/promises'

/**
 * Runs the application as a real child process, the way production does:
 * its own environment, its own port, stdout/stderr captured, signals sent
 * for real. Used by the process-level tests (env validation, logs,
 * graceful shutdown, production error pages).
 */

export const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url))

/** The Node 24 binary running the tests (the project's own, not the system one). */
const NODE = process.execPath

/** An empty folder given as ENV_PATH so no `.env` file leaks into a child. */
export const EMPTY_ENV_DIR = join(PROJECT_ROOT, 'tmp', 'server-process', 'empty-env')

export type ChildEnv = Record<string, string | undefined>

export type ServerMode =
  /** `node --import=@poppinss/ts-exec bin/server.ts` from the project sources */
  | 'source'
  /** `node bin/server.js` from a production build (see `ensureProductionBuild`) */
  | 'build'

export interface SpawnOptions {
  mode?: ServerMode
  /** Build directory for mode "build"; defaults to `ensureProductionBuild()` */
  buildDir?: string
  /**
   * The application's variables. The child never inherits the test
   * runner's environment: it gets PATH, HOME, ENV_PATH and these only.
   * `undefined` values are left out.
   */
  env: ChildEnv
}

export interface StartOptions extends SpawnOptions {
  port: number
  host?: string
  /** Milliseconds to wait for the server to be ready (default 30 s) */
  readyTimeout?: number
}

export interface ExitResult {
  code: number | null
  signal: NodeJS.Signals | null
}

const running = new Set<ChildProcess>()
process.once('exit', () => {
  for (const child of running) child.kill('SIGKILL')
})

/**
 * Variables for a production-like child: production mode, JSON logs at
 * info, the test run's database and APP_KEY, a fresh JWT_KEY, and no Redis
 * unless the run has one. Pass overrides (undefined removes a variable).
 */
export function productionEnv(overrides: ChildEnv = {}): ChildEnv {
  return {
    NODE_ENV: 'production',
    APP_KEY: process.env.APP_KEY ?? randomBytes(32).toString('base64url'),
    JWT_KEY: randomBytes(32).toString('base64url'),
    DATABASE_URL: process.env.DATABASE_URL,
    REDIS_URL: process.env.REDIS_URL,
    LOG_LEVEL: 'info',
    ...overrides,
  }
}

function childEnv(env: ChildEnv, extra: ChildEnv = {}): NodeJS.ProcessEnv {
  mkdirSync(EMPTY_ENV_DIR, { recursive: true })
  const merged: ChildEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    ENV_PATH: EMPTY_ENV_DIR,
    ...env,
    ...extra,
  }
  return Object.fromEntries(
    Object.entries(merged).filter((entry): entry is [string, string] => entry[1] !== undefined)
  )
}

function commandFor(mode: ServerMode, buildDir: string | undefined) {
  if (mode === 'source') {
    return { args: ['--import=@poppinss/ts-exec', 'bin/server.ts'], cwd: PROJECT_ROOT }
  }
  if (!buildDir) throw new Error('mode "build" needs a buildDir')
  return { args: ['bin/server.js'], cwd: buildDir }
}

/** Resolves when nothing listens on the port, rejects with a clear error otherwise. */
export function assertPortFree(port: number, host = '127.0.0.1') {
  return new Promise<void>((resolve, reject) => {
    const probe = net.createServer()
    probe.once('error', () =>
      reject(new Error(`Port ${port} is already in use: another server is still running there`))
    )
    probe.listen(port, host, () => probe.close(() => resolve()))
  })
}

/** A running (or exited) child process with its captured output. */
export class ServerProcess {
  readonly child: ChildProcess
  readonly startedAt = process.hrtime.bigint()
  #stdout = ''
  #stderr = ''
  #exit: Promise<ExitResult>
  #exited: ExitResult | null = null
  #outputListeners = new Set<() => void>()

  constructor(
    child: ChildProcess,
    readonly port: number,
    readonly host: string
  ) {
    this.child = child
    running.add(child)
    child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
      this.#stdout += chunk
      this.#outputListeners.forEach((listener) => listener())
    })
    child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
      this.#stderr += chunk
      this.#outputListeners.forEach((listener) => listener())
    })
    this.#exit = new Promise((resolve) => {
      child.once('exit', (code, signal) => {
        running.delete(child)
        this.#exited = { code, signal }
        resolve(this.#exited)
      })
    })
  }

  get pid() {
    return this.child.pid!
  }

  get stdout() {
    return this.#stdout
  }

  get stderr() {
    return this.#stderr
  }

  /** null while the process runs */
  get exited() {
    return this.#exited
  }

  url(path = '/') {
    return `http://${this.host}:${this.port}${path}`
  }

  /** Every stdout line that parses as a JSON object (the pino log lines). */
  logLines(): Record<string, unknown>[] {
    return this.#stdout.split('\n').flatMap((line) => {
      if (!line.startsWith('{')) return []
      try {
        return [JSON.parse(line) as Record<string, unknown>]
      } catch {
        return []
      }
    })
  }

  /** Waits for a log line matching the predicate (or fails when the process exits). */
  waitForLog(
    predicate: (line: Record<string, unknown>) => boolean,
    timeout = 10_000
  ): Promise<Record<string, unknown>> {
    return new Promise((resolve, reject) => {
      const check = () => {
        const found = this.logLines().find(predicate)
        if (found) {
          done()
          resolve(found)
        } else if (this.#exited) {
          done()
          reject(new Error(`The process exited before the expected log line.\n${this.tail()}`))
        }
      }
      const timer = setTimeout(() => {
        done()
        reject(new Error(`No matching log line after ${timeout} ms.\n${this.tail()}`))
      }, timeout)
      const done = () => {
        clearTimeout(timer)
        this.#outputListeners.delete(check)
      }
      this.#outputListeners.add(check)
      this.#exit.then(check)
      check()
    })
  }

  /** Resolves with the exit code and signal; rejects when it takes longer than `timeout`. */
  async waitForExit(timeout = 10_000): Promise<ExitResult> {
    let timer: NodeJS.Timeout | undefined
    const expired = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new Error(`The process did not exit within ${timeout} ms.\n${this.tail()}`)),
        timeout
      )
    })
    try {
      return await Promise.race([this.#exit, expired])
    } finally {
      clearTimeout(timer)
    }
  }

  signal(signal: NodeJS.Signals) {
    if (!this.#exited) this.child.kill(signal)
  }

  /** Sends `signal` and waits for the exit (default: SIGTERM, 10 s). */
  async stop(signal: NodeJS.Signals = 'SIGTERM', timeout = 10_000) {
    if (this.#exited) return this.#exited
    this.signal(signal)
    return this.waitForExit(timeout)
  }

  /** Teardown: stops the process whatever state it is in. Never throws. */
  async kill() {
    if (this.#exited) return
    this.child.kill('SIGKILL')
    await this.#exit
  }

  /** The last lines of stdout and stderr, for error messages. */
  tail(lines = 30) {
    const last = (text: string) => text.trimEnd().split('\n').slice(-lines).join('\n')
    return `--- stdout ---\n${last(this.#stdout)}\n--- stderr ---\n${last(this.#stderr)}`
  }
}

async function spawnChild(options: SpawnOptions, extra: ChildEnv, withIpc: boolean) {
  const mode = options.mode ?? 'source'
  const buildDir =
    mode === 'build' ? (options.buildDir ?? (await ensureProductionBuild())) : undefined
  const { args, cwd } = commandFor(mode, buildDir)
  return spawn(NODE, args, {
    cwd,
    env: childEnv(options.env, extra),
    stdio: withIpc ? ['ignore', 'pipe', 'pipe', 'ipc'] : ['ignore', 'pipe', 'pipe'],
  })
}

/**
 * Starts the HTTP server and resolves once it is ready. Readiness comes from
 * the messages AdonisJS sends its parent (the server listens, then the app
 * is "ready", its last message), so it can never be confused with another
 * process on the same port. The IPC channel is closed after that last
 * message (closing it earlier makes the child's next send fail with EPIPE),
 * so it cannot keep the child alive.
 */
export async function startServer(options: StartOptions): Promise<ServerProcess> {
  const host = options.host ?? '127.0.0.1'
  await assertPortFree(options.port, host)
  const child = await spawnChild(options, { PORT: String(options.port), HOST: host }, true)
  const server = new ServerProcess(child, options.port, host)
  const timeout = options.readyTimeout ?? 30_000

  try {
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`The server was not ready within ${timeout} ms.\n${server.tail()}`)),
        timeout
      )
      let listening = false
      child.on('message', (message: unknown) => {
        const payload = message as { isAdonisJS?: boolean; environment?: string }
        if (payload?.isAdonisJS && payload.environment === 'web') listening = true
        if (message === 'ready' && listening) {
          clearTimeout(timer)
          resolve()
        }
      })
      child.once('exit', (code, signal) => {
        clearTimeout(timer)
        reject(
          new Error(
            `The server exited (code ${code}, signal ${signal}) before listening.\n` + server.tail()
          )
        )
      })
    })
  } catch (error) {
    await server.kill()
    throw error
  }
  child.removeAllListeners('message')
  child.disconnect()
  return server
}

/**
 * Runs the server entrypoint and waits for it to exit (for boots that are
 * expected to fail). A server that keeps running is killed and reported.
 */
export async function runToExit(
  options: SpawnOptions & { port?: number; timeout?: number }
): Promise<ExitResult & { stdout: string; stderr: string }> {
  const port = options.port ?? 0
  const child = await spawnChild(options, { PORT: String(port), HOST: '127.0.0.1' }, false)
  const server = new ServerProcess(child, port, '127.0.0.1')
  try {
    const result = await server.waitForExit(options.timeout ?? 20_000)
    return { ...result, stdout: server.stdout, stderr: server.stderr }
  } finally {
    await server.kill()
  }
}

/**
 * Production build
 * ----------------
 * `node ace build` into a private folder under tmp/ (never the shared
 * build/), rebuilt only when a source file changed since the last build
 * (`.adonisjs/` is left out: the build regenerates it from the sources).
 * The build resolves its packages from the project's node_modules (Node
 * walks up from tmp/), which stands in for `npm ci --omit=dev`.
 */

const BUILD_INPUTS = [
  'adonisrc.ts',
  'package.json',
  'package-lock.json',
  'tsconfig.json',
  'vite.config.ts',
  'app',
  'bin',
  'commands',
  'config',
  'database',
  'inertia',
  'resources',
  'start',
]

function fingerprint() {
  const hash = createHash('sha1')
  const visit = (path: string) => {
    if (!existsSync(path)) return
    const stats = statSync(path)
    if (stats.isDirectory()) {
      for (const entry of readdirSync(path).sort()) visit(join(path, entry))
    } else {
      hash.update(`${relative(PROJECT_ROOT, path)}\n`).update(readFileSync(path))
    }
  }
  BUILD_INPUTS.forEach((input) => visit(join(PROJECT_ROOT, input)))
  return hash.digest('hex')
}

function processAlive(pid: number) {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

/** A lock directory shared by every test process that builds (vite writes public/assets). */
async function withBuildLock<T>(work: () => Promise<T>): Promise<T> {
  const lock = join(PROJECT_ROOT, 'tmp', 'server-process', 'build.lock')
  mkdirSync(join(lock, '..'), { recursive: true })
  for (;;) {
    try {
      mkdirSync(lock)
      await writeFile(join(lock, 'pid'), String(process.pid))
      break
    } catch {
      const owner = Number(readFileSafe(join(lock, 'pid')))
      if (owner && !processAlive(owner)) {
        rmSync(lock, { recursive: true, force: true })
        continue
      }
      await new Promise((resolve) => setTimeout(resolve, 250))
    }
  }
  try {
    return await work()
  } finally {
    rmSync(lock, { recursive: true, force: true })
  }
}

function readFileSafe(path: string) {
  try {
    return readFileSync(path, 'utf8')
  } catch {
    return ''
  }
}

const builds = new Map<string, Promise<string>>()

/**
 * Returns the folder of an up-to-date production build (its `bin/server.js`
 * is what Fly runs). One per test run port, so parallel runs never share it.
 */
export function ensureProductionBuild(name = process.env.PORT ?? 'default'): Promise<string> {
  let pending = builds.get(name)
  if (!pending) {
    pending = build(name)
    builds.set(name, pending)
    pending.catch(() => builds.delete(name))
  }
  return pending
}

async function build(name: string) {
  const root = join(PROJECT_ROOT, 'tmp', 'server-process', `build-${name}`)
  const outDir = join(root, 'out')
  const stampFile = join(root, 'fingerprint')

  return withBuildLock(async () => {
    const current = fingerprint()
    if (existsSync(join(outDir, 'bin', 'server.js')) && readFileSafe(stampFile) === current) {
      return outDir
    }
    mkdirSync(root, { recursive: true })
    await writeFile(
      join(root, 'tsconfig.json'),
      JSON.stringify({
        extends: relative(root, join(PROJECT_ROOT, 'tsconfig.json')),
        compilerOptions: { outDir: './out' },
      })
    )
    /**
     * Type errors are `npm run typecheck`'s business; a behaviour test
     * must not fail because another file in progress does not compile.
     */
    const tsconfig = relative(PROJECT_ROOT, join(root, 'tsconfig.json'))
    const child = spawn(NODE, ['ace', 'build', '--ignore-ts-errors', `--tsconfig=${tsconfig}`], {
      cwd: PROJECT_ROOT,
      env: childEnv({ NODE_ENV: 'development', APP_KEY: randomBytes(32).toString('base64url') }),
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    child.stdout.on('data', (chunk) => (output += chunk))
    child.stderr.on('data', (chunk) => (output += chunk))
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve))
    if (code !== 0 || !existsSync(join(outDir, 'bin', 'server.js'))) {
      throw new Error(`node ace build failed (exit ${code}):\n${output.slice(-4000)}`)
    }
    await writeFile(stampFile, current)
    return outDir
  })
}
