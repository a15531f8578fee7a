import { readFile } from 'node:fs/promises'
import { DeployError } from '#services/deploy/errors'

export interface FlyAppConfig {
  path: string
  app: string
  /** The largest `min_machines_running` of the HTTP services, 0 when unset. */
  minMachinesRunning: number
}

function numberIn(table: unknown, key: string) {
  if (typeof table !== 'object' || table === null) return 0
  const value = (table as Record<string, unknown>)[key]
  return typeof value === 'number' && Number.isFinite(value) ? value : 0
}

/**
 * Reads a fly.toml: it must exist, be valid TOML and name its app. The TOML
 * parser is imported lazily so that listing Ace commands never depends on it.
 */
export async function loadFlyConfig(path: string): Promise<FlyAppConfig> {
  let source: string
  try {
    source = await readFile(path, 'utf8')
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    throw new DeployError(
      code === 'ENOENT'
        ? `config file not found: ${path}`
        : `config file ${path} cannot be read (${code})`
    )
  }

  const { parse, TomlError } = await import('smol-toml')
  let config: Record<string, unknown>
  try {
    config = parse(source)
  } catch (error) {
    const where = error instanceof TomlError ? ` at line ${error.line}, column ${error.column}` : ''
    throw new DeployError(`config file ${path} is not valid TOML${where}`)
  }

  const app = config.app
  if (typeof app !== 'string' || !app.trim()) {
    throw new DeployError(`config file ${path} has no app name: add app = "<fly app>"`)
  }

  const services = Array.isArray(config.services) ? config.services : []
  const minMachinesRunning = Math.max(
    numberIn(config.http_service, 'min_machines_running'),
    ...services.map((service) => numberIn(service, 'min_machines_running'))
  )
  return { path, app: app.trim(), minMachinesRunning }
}
