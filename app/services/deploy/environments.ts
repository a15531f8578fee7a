import { DeployError } from '#services/deploy/errors'

export const DEPLOY_ENVIRONMENTS = ['staging', 'production'] as const
export type DeployEnvironment = (typeof DEPLOY_ENVIRONMENTS)[number]

export const DEPLOY_STRATEGIES = ['rolling', 'bluegreen', 'canary', 'immediate'] as const
export type DeployStrategy = (typeof DEPLOY_STRATEGIES)[number]

/**
 * Per environment: the Fly config at the project root and the secrets that
 * must exist on the app before a deploy may start.
 *
 * Production runs 2+ machines, so Redis is required (Transmit fan-out,
 * shared cache, limiter and sessions). Staging runs one machine and may fall
 * back to the single-process drivers, so REDIS_URL is optional there.
 */
export const ENVIRONMENT_SETTINGS: Record<
  DeployEnvironment,
  { configFile: string; requiredSecrets: string[] }
> = {
  production: {
    configFile: 'fly.toml',
    requiredSecrets: ['APP_KEY', 'JWT_KEY', 'DATABASE_URL', 'REDIS_URL'],
  },
  staging: {
    configFile: 'fly.staging.toml',
    requiredSecrets: ['APP_KEY', 'JWT_KEY', 'DATABASE_URL'],
  },
}

export function parseEnvironment(value: string | undefined): DeployEnvironment {
  if (DEPLOY_ENVIRONMENTS.includes(value as DeployEnvironment)) return value as DeployEnvironment
  throw new DeployError(
    `--env must be one of ${DEPLOY_ENVIRONMENTS.join(', ')} (got ${value ? `"${value}"` : 'nothing'})`
  )
}

export function parseStrategy(value: string | undefined, fallback: DeployStrategy): DeployStrategy {
  if (value === undefined) return fallback
  if (DEPLOY_STRATEGIES.includes(value as DeployStrategy)) return value as DeployStrategy
  throw new DeployError(
    `--strategy must be one of ${DEPLOY_STRATEGIES.join(', ')} (got "${value}")`
  )
}
