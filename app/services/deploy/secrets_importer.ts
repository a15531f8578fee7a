import { readFile } from 'node:fs/promises'
import { DeployError } from '#services/deploy/errors'
import type { DeployEnvironment } from '#services/deploy/environments'
import { flyArgs } from '#services/deploy/flyctl'
import { parseSecrets, type SecretEntry } from '#services/deploy/fly_json'
import { Preflight } from '#services/deploy/preflight'
import type { Redactor } from '#services/deploy/redactor'
import type { DeployReporter } from '#services/deploy/reporter'

export interface SecretsImportOptions {
  env: DeployEnvironment
  configPath: string
  fromPath: string
  cwd: string
  processEnv: NodeJS.ProcessEnv
  redactor: Redactor
}

export interface SecretsImportOutcome {
  exitCode: 0 | 1
  message: string
  /** Names whose digest changed or that are new; null when digests were unavailable. */
  changed: string[] | null
  imported: string[]
}

/**
 * Reads a dotenv file into NAME=VALUE pairs: comments and blank lines are
 * skipped, `export ` is allowed, quotes are removed. Problems name the line,
 * never the value.
 */
export function parseEnvFile(source: string) {
  const entries = new Map<string, string>()
  const problems: string[] = []
  source.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim()
    if (!line || line.startsWith('#')) return
    const match = /^(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*)$/.exec(line)
    if (!match) return problems.push(`line ${index + 1} is not NAME=VALUE`)
    const [, name, rawValue] = match
    let value = rawValue
    const quote = value[0]
    if ((quote === '"' || quote === "'") && value.length >= 2 && value.endsWith(quote)) {
      value = value.slice(1, -1)
      if (quote === '"') value = value.replace(/\\(["\\])/g, '$1')
    } else {
      value = value.replace(/\s+#.*$/, '')
    }
    if (!value) return problems.push(`${name} (line ${index + 1}) has an empty value`)
    if (entries.has(name)) return problems.push(`${name} is set twice (line ${index + 1})`)
    entries.set(name, value)
  })
  return { entries, problems }
}

/**
 * `deploy:secrets`: stages the secrets of a dotenv file on the Fly app by
 * piping NAME=VALUE lines to `fly secrets import --stage` on stdin, so no
 * value is ever in argv or printed. Staged secrets apply on the next deploy.
 */
export class SecretsImporter {
  constructor(private reporter: DeployReporter) {}

  async import(options: SecretsImportOptions): Promise<SecretsImportOutcome> {
    try {
      const { config, flyctl } = await new Preflight(this.reporter).local({
        ...options,
        allowDirty: null,
      })
      const app = config.app
      const entries = await this.#read(options)
      const names = [...entries.keys()]

      const list = async () => parseSecrets(await flyctl.json(flyArgs.secretsList(app)))
      const before = await this.#step(`Read the current secrets of ${app}`, list)
      await this.#step(`Stage ${names.length} secret(s) on ${app}`, () =>
        flyctl.run(flyArgs.secretsImport(app), {
          input: names.map((name) => `${name}=${entries.get(name)}\n`).join(''),
        })
      )
      const after = await this.#step(`Read the secrets of ${app} again`, list)

      const changed = this.#changed(names, before, after)
      const next = `They take effect on the next deploy: node ace deploy:fly --env ${options.env}`
      if (changed === null) {
        return {
          exitCode: 0,
          changed,
          imported: names,
          message: `Imported ${names.join(', ')} (flyctl gave no digests to tell which changed). ${next}`,
        }
      }
      const unchanged = names.filter((name) => !changed.includes(name))
      return {
        exitCode: 0,
        changed,
        imported: names,
        message: [
          `Changed: ${changed.join(', ') || 'none'}`,
          `Unchanged: ${unchanged.join(', ') || 'none'}`,
          changed.length ? next : 'Nothing to deploy.',
        ].join('\n'),
      }
    } catch (error) {
      if (!(error instanceof DeployError)) throw error
      return {
        exitCode: 1,
        changed: null,
        imported: [],
        message: `Secrets not imported: ${error.message}`,
      }
    }
  }

  async #read(options: SecretsImportOptions) {
    return this.#step(
      `Read ${options.fromPath}`,
      async () => {
        const source = await readFile(options.fromPath, 'utf8').catch((error) => {
          throw new DeployError(`cannot read ${options.fromPath} (${error.code})`)
        })
        const { entries, problems } = parseEnvFile(source)
        for (const value of entries.values()) options.redactor.add(value)
        if (problems.length) throw new DeployError(problems.join('; '))
        if (!entries.size) throw new DeployError(`${options.fromPath} holds no NAME=VALUE line`)
        return entries
      },
      (entries) => [...entries.keys()].join(', ')
    )
  }

  #changed(names: string[], before: SecretEntry[], after: SecretEntry[]) {
    const digests = (list: SecretEntry[]) =>
      new Map(list.map((secret) => [secret.name, secret.digest]))
    const old = digests(before)
    const now = digests(after)
    const comparable = names.every(
      (name) =>
        now.get(name.toUpperCase()) && (!old.has(name.toUpperCase()) || old.get(name.toUpperCase()))
    )
    if (!comparable) return null
    return names.filter((name) => old.get(name.toUpperCase()) !== now.get(name.toUpperCase()))
  }

  async #step<T>(title: string, work: () => Promise<T>, detail?: (value: T) => string) {
    const step = this.reporter.step(title)
    try {
      const value = await work()
      step.done(detail?.(value))
      return value
    } catch (error) {
      if (error instanceof DeployError) step.fail(error.message)
      throw error
    }
  }
}
