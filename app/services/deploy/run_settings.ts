import { resolve } from 'node:path'
import { DeployError } from '#services/deploy/errors'
import { ENVIRONMENT_SETTINGS, parseEnvironment } from '#services/deploy/environments'
import type { DeployRun } from '#services/deploy/fly_deployer'
import { Redactor } from '#services/deploy/redactor'

export interface RunFlags {
  env?: string
  config?: string
  healthUrl?: string
  pollInterval?: number
  verifyTimeout?: number
  waitTimeout?: number
  machines?: number
}

/** A positive number of seconds from a flag, else an env variable, else the default. */
function seconds(
  name: string,
  flag: number | undefined,
  envValue: string | undefined,
  fallback: number
) {
  const value = flag ?? (envValue ? Number(envValue) : fallback)
  if (!Number.isFinite(value) || value <= 0) {
    throw new DeployError(`${name} must be a positive number of seconds`)
  }
  return value
}

/**
 * Turns the flags shared by the deploy commands into settings. Flags win over
 * env variables (DEPLOY_HEALTH_URL, DEPLOY_POLL_INTERVAL, DEPLOY_VERIFY_TIMEOUT,
 * DEPLOY_WAIT_TIMEOUT). The default config sits at the project root; a
 * --config path is taken relative to the current directory.
 */
export function runSettings(flags: RunFlags, projectRoot: string, cwd = process.cwd()): DeployRun {
  const env = parseEnvironment(flags.env)
  const processEnv = process.env
  const configPath = flags.config
    ? resolve(cwd, flags.config)
    : resolve(projectRoot, ENVIRONMENT_SETTINGS[env].configFile)
  const healthUrl = flags.healthUrl ?? processEnv.DEPLOY_HEALTH_URL
  if (healthUrl && !URL.canParse(healthUrl)) {
    throw new DeployError('--health-url (or DEPLOY_HEALTH_URL) must be a full URL')
  }
  if (flags.machines !== undefined && (!Number.isInteger(flags.machines) || flags.machines < 1)) {
    throw new DeployError('--machines must be a whole number of at least 1')
  }
  return {
    env,
    configPath,
    cwd,
    processEnv,
    redactor: new Redactor(processEnv),
    healthUrl: healthUrl || undefined,
    machines: flags.machines,
    pollIntervalMs:
      seconds('--poll-interval', flags.pollInterval, processEnv.DEPLOY_POLL_INTERVAL, 5) * 1000,
    verifyTimeoutMs:
      seconds('--verify-timeout', flags.verifyTimeout, processEnv.DEPLOY_VERIFY_TIMEOUT, 300) *
      1000,
    waitTimeoutSeconds: Math.ceil(
      seconds('--wait-timeout', flags.waitTimeout, processEnv.DEPLOY_WAIT_TIMEOUT, 300)
    ),
  }
}
