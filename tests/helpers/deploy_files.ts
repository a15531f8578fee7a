import { execFile } from 'node:child_process'
import { readFile } from 'node:fs/promises'
import { promisify } from 'node:util'
import app from '@adonisjs/core/services/app'

/** Reads a file relative to the project root. */
export function readProjectFile(path: string) {
  return readFile(app.makePath(path), 'utf8')
}

/**
 * Names of the variables start/env.ts validates: the keys of the schema
 * object given to Env.create, one per line at the schema's indentation.
 */
export async function envSchemaNames() {
  const source = await readProjectFile('start/env.ts')
  const schema = source.slice(source.indexOf('Env.create('))
  return new Set([...schema.matchAll(/^ {4}([A-Z][A-Z0-9_]*):/gm)].map((match) => match[1]))
}

let aceCommands: Promise<Set<string>> | undefined

/** Every command `node ace list --json` knows, run once per test process. */
export function aceCommandNames() {
  aceCommands ??= promisify(execFile)(process.execPath, ['ace', 'list', '--json'], {
    cwd: app.makePath(),
    env: process.env,
    maxBuffer: 16 * 1024 * 1024,
  }).then(({ stdout }) => {
    const commands = JSON.parse(stdout) as Array<{ commandName: string }>
    return new Set(commands.map((command) => command.commandName))
  })
  return aceCommands
}

/** "20s", "5m", "1h" → milliseconds; NaN for anything else. */
export function durationMs(value: unknown) {
  const match = typeof value === 'string' ? value.match(/^(\d+)(ms|s|m|h)$/) : null
  if (!match) return Number.NaN
  const unit = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 }[match[2] as 'ms' | 's' | 'm' | 'h']
  return Number(match[1]) * unit
}

/** `EXPOSE` ports and `ENV` pairs of docker/Dockerfile's final stage. */
export async function runtimeStage() {
  const source = await readProjectFile('docker/Dockerfile')
  const joined = source.replace(/\\\n/g, ' ')
  const stages = joined.split(/^FROM\s+/m)
  const last = stages[stages.length - 1]
  const env: Record<string, string> = {}
  for (const line of last.match(/^ENV\s+.+$/gm) ?? []) {
    for (const pair of line.replace(/^ENV\s+/, '').matchAll(/([A-Z_][A-Z0-9_]*)=(\S+)/g)) {
      env[pair[1]] = pair[2]
    }
  }
  const expose = (last.match(/^EXPOSE\s+(.+)$/m)?.[1] ?? '').split(/\s+/).filter(Boolean)
  const user = last.match(/^USER\s+(\S+)/m)?.[1]
  const cmd = last.match(/^CMD\s+(\[.*\])\s*$/m)?.[1]
  return { env, expose, user, cmd: cmd ? (JSON.parse(cmd) as string[]) : undefined }
}
