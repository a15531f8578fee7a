import { constants } from 'node:fs'
import { access, stat } from 'node:fs/promises'
import { basename, delimiter, isAbsolute, join } from 'node:path'
import { FlyctlError } from '#services/deploy/errors'
import type { Redactor } from '#services/deploy/redactor'
import { runProcess } from '#services/deploy/run_process'

const NAMES = ['flyctl', 'fly']
const INSTALL_HINT = 'Install it (https://fly.io/docs/flyctl/install/) or add it to PATH.'

/**
 * Finds flyctl on PATH: every directory for `flyctl` first, then for `fly`.
 * A file that exists but is not executable is reported as such, since that
 * needs a different fix than a missing install.
 */
export async function locateFlyctl(pathEnv = process.env.PATH ?? ''): Promise<string> {
  const dirs = pathEnv.split(delimiter).filter((dir) => dir && isAbsolute(dir))
  let notExecutable: string | undefined
  for (const name of NAMES) {
    for (const dir of dirs) {
      const candidate = join(dir, name)
      const info = await stat(candidate).catch(() => undefined)
      if (!info?.isFile()) continue
      const executable = await access(candidate, constants.X_OK).then(
        () => true,
        () => false
      )
      if (executable) return candidate
      notExecutable ??= candidate
    }
  }
  if (notExecutable) {
    throw new FlyctlError(
      `flyctl was found at ${notExecutable} but is not executable: run "chmod +x ${notExecutable}"`,
      'not_executable'
    )
  }
  throw new FlyctlError(
    `flyctl not found: looked for "flyctl" and "fly" on PATH. ${INSTALL_HINT}`,
    'not_found'
  )
}

export interface FlyctlOptions {
  cwd: string
  env: NodeJS.ProcessEnv
  redactor: Redactor
}

/**
 * Every flyctl invocation the deploy tooling makes, in one place, so the
 * plan printed by --dry-run is exactly what a real run executes.
 */
export const flyArgs = {
  secretsList: (app: string) => ['secrets', 'list', '--json', '-a', app],
  secretsImport: (app: string) => ['secrets', 'import', '--stage', '-a', app],
  releases: (app: string) => ['releases', '--json', '--image', '-a', app],
  checks: (app: string) => ['checks', 'list', '--json', '-a', app],
  machines: (app: string) => ['machines', 'list', '--json', '-a', app],
  deploy: (config: string, strategy: string, image: string | undefined, waitSeconds: number) => [
    'deploy',
    '-c',
    config,
    '--strategy',
    strategy,
    ...(image ? ['--image', image] : []),
    '--wait-timeout',
    String(waitSeconds),
  ],
  /** Redeploys a known-good image without running the release command (migrations) again. */
  redeploy: (config: string, image: string, strategy: string, waitSeconds: number) => [
    'deploy',
    '-c',
    config,
    '--image',
    image,
    '--skip-release-command',
    '--strategy',
    strategy,
    '--wait-timeout',
    String(waitSeconds),
  ],
}

/** The leading words of a flyctl invocation, e.g. "flyctl secrets list". */
export function describeCall(args: string[]) {
  const firstFlag = args.findIndex((arg) => arg.startsWith('-'))
  const words = firstFlag === -1 ? args : args.slice(0, firstFlag)
  return ['flyctl', ...words.slice(0, 2)].join(' ')
}

/** The full command line, for plans and logs. Arguments never hold secrets. */
export function formatCall(args: string[]) {
  return ['flyctl', ...args.map((arg) => (/^[\w@%+=:,./-]+$/.test(arg) ? arg : `'${arg}'`))].join(
    ' '
  )
}

/**
 * Runs flyctl with an argv array (never through a shell). FLY_API_TOKEN
 * reaches it through the environment only. Failures become FlyctlError with
 * a message that tells the operator which of the possible causes applies.
 */
export class Flyctl {
  constructor(
    readonly binary: string,
    private options: FlyctlOptions
  ) {}

  static async locate(options: FlyctlOptions) {
    return new Flyctl(await locateFlyctl(options.env.PATH), options)
  }

  async run(
    args: string[],
    extra: { input?: string; onLine?: (line: string) => void; timeoutMs?: number } = {}
  ) {
    const outcome = await runProcess(this.binary, args, {
      cwd: this.options.cwd,
      env: this.options.env,
      input: extra.input,
      onLine: extra.onLine,
      timeoutMs: extra.timeoutMs,
    })
    const call = describeCall(args)
    if (!outcome.started) {
      const code = outcome.error.code ?? 'error'
      const reason =
        code === 'ENOENT'
          ? 'the file or the interpreter it names is missing'
          : code === 'EACCES'
            ? 'permission denied'
            : outcome.error.message
      throw new FlyctlError(
        `${call}: ${this.binary} could not be started (${code}: ${reason})`,
        'spawn_failed'
      )
    }
    if (outcome.timedOut) {
      throw new FlyctlError(`${call} did not finish in time and was stopped`, 'timeout')
    }
    if (outcome.signal) {
      throw new FlyctlError(`${call} was killed by ${outcome.signal}`, 'signal')
    }
    if (outcome.code === 126) {
      throw new FlyctlError(
        `${call}: ${basename(this.binary)} was found but could not execute (exit 126: not executable or permission denied). Reinstall flyctl or check its permissions.`,
        'exit_126',
        126
      )
    }
    if (outcome.code === 127) {
      throw new FlyctlError(
        `${call}: a program flyctl needs was not found (exit 127: command not found, e.g. a wrapper script pointing to a missing binary). Reinstall flyctl.`,
        'exit_127',
        127
      )
    }
    if (outcome.code !== 0) {
      const tail = this.#tail(outcome.stderr || outcome.stdout)
      throw new FlyctlError(
        `${call} failed (exit ${outcome.code})${tail ? `: ${tail}` : ''}`,
        'exit',
        outcome.code ?? undefined
      )
    }
    return { stdout: outcome.stdout, stderr: outcome.stderr }
  }

  /** Runs a read-only `--json` command and parses its output. */
  async json(args: string[]): Promise<unknown> {
    const { stdout } = await this.run(args, { timeoutMs: 120_000 })
    const text = stdout.trim()
    for (const candidate of [text, text.slice(Math.max(0, text.search(/[[{]/)))]) {
      try {
        return JSON.parse(candidate || 'null')
      } catch {}
    }
    throw new FlyctlError(`${describeCall(args)} did not print valid JSON`, 'invalid_json')
  }

  /** The last few lines of output, masked, to explain a failure. */
  #tail(text: string) {
    const lines = text
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter(Boolean)
    return this.options.redactor.mask(lines.slice(-3).join(' / '))
  }
}
