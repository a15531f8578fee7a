/*
|--------------------------------------------------------------------------
| Environment variables
|--------------------------------------------------------------------------
|
| Every variable the app reads is validated here. Development and tests need
| none of them: sensible defaults apply. In production a missing or weak
| value stops boot with one readable line per problem.
|
*/

import { Env } from '@adonisjs/core/env'
import { Secret } from '@adonisjs/core/helpers'

const inProduction = process.env.NODE_ENV === 'production'

type Rule<T> = (key: string, value?: string) => T

/** A string with a minimum length in production, optional elsewhere. */
function secretOfLength(min: number): Rule<string | undefined> {
  return (key, value) => {
    if (!value) {
      if (inProduction) throw new Error(`${key} is required in production`)
      return undefined
    }
    if (value.length < min) throw new Error(`${key} must be at least ${min} characters`)
    return value
  }
}

/** A postgres:// or redis:// connection URL, optional. */
function connectionUrl(protocols: string[]): Rule<string | undefined> {
  return (key, value) => {
    if (!value) return undefined
    let url: URL
    try {
      url = new URL(value)
    } catch {
      throw new Error(`${key} must be a URL like ${protocols[0]}//user:password@host:port/name`)
    }
    if (!protocols.includes(url.protocol)) {
      throw new Error(`${key} must start with ${protocols.map((p) => `${p}//`).join(' or ')}`)
    }
    if (!url.hostname) {
      throw new Error(`${key} has no host: use ${protocols[0]}//user:password@host:port/name`)
    }
    return value
  }
}

/** Durations such as "30m", "12h" or "900s". */
function duration(fallback: string): Rule<string> {
  return (key, value) => {
    const candidate = value || fallback
    if (!/^\d+\s*(ms|s|m|h|d)$/.test(candidate)) {
      throw new Error(`${key} must be a duration such as 30m, 12h or 900s`)
    }
    return candidate
  }
}

let env: Awaited<ReturnType<typeof create>>

function create() {
  return Env.create(new URL('../', import.meta.url), {
    NODE_ENV: Env.schema.enum(['development', 'production', 'test'] as const),
    PORT: Env.schema.number.optional(),
    HOST: Env.schema.string.optional({ format: 'host' }),
    APP_KEY: (key: string, value?: string) => {
      if (!value) throw new Error(`${key} is required: run "node ace generate:key"`)
      if (value.length < 32) throw new Error(`${key} must be at least 32 characters`)
      return new Secret(value)
    },
    APP_URL: Env.schema.string.optional({ format: 'url', tld: false }),
    LOG_LEVEL: Env.schema.enum.optional([
      'fatal',
      'error',
      'warn',
      'info',
      'debug',
      'trace',
      'silent',
    ] as const),

    /* Database: DATABASE_URL (Fly style) or the discrete DB_* variables */
    DATABASE_URL: (key: string, value?: string) => {
      if (inProduction && !value && !process.env.DB_HOST) {
        throw new Error(
          `${key} (or DB_HOST and the other DB_* variables) is required in production`
        )
      }
      return connectionUrl(['postgres:', 'postgresql:'])(key, value)
    },
    DB_HOST: Env.schema.string.optional({ format: 'host' }),
    DB_PORT: Env.schema.number.optional(),
    DB_USER: Env.schema.string.optional(),
    DB_PASSWORD: Env.schema.string.optional(),
    DB_DATABASE: Env.schema.string.optional(),
    DB_POOL_MAX: Env.schema.number.optional(),

    /* Redis: REDIS_URL (Fly style) or discrete variables; optional */
    REDIS_URL: connectionUrl(['redis:', 'rediss:']),
    REDIS_HOST: Env.schema.string.optional({ format: 'host' }),
    REDIS_PORT: Env.schema.number.optional(),
    REDIS_PASSWORD: Env.schema.string.optional(),

    /* Sessions and API tokens */
    SESSION_DRIVER: Env.schema.enum.optional(['cookie', 'memory', 'redis'] as const),
    SESSION_IDLE_TIMEOUT: duration('30m'),
    SESSION_ABSOLUTE_TIMEOUT: duration('12h'),
    JWT_KEY: secretOfLength(32),
    JWT_TTL: duration('15m'),
    TWO_FACTOR_ENFORCE: Env.schema.boolean.optional(),

    /* Health details for monitoring systems */
    HEALTH_TOKEN: Env.schema.string.optional(),

    /* Mail */
    SMTP_HOST: Env.schema.string.optional(),
    SMTP_PORT: Env.schema.number.optional(),
    SMTP_USERNAME: Env.schema.string.optional(),
    SMTP_PASSWORD: Env.schema.string.optional(),
    SMTP_SECURE: Env.schema.boolean.optional(),
    MAIL_FROM_ADDRESS: Env.schema.string.optional({ format: 'email' }),
    MAIL_FROM_NAME: Env.schema.string.optional(),

    /* Files */
    DRIVE_ROOT: Env.schema.string.optional(),
    ATTACHMENT_MAX_MB: Env.schema.number.optional(),
    ATTACHMENT_MAX_VIDEO_MB: Env.schema.number.optional(),
  })
}

try {
  env = await create()
} catch (error) {
  const invalid = error as { code?: string; help?: string }
  if (invalid?.code === 'E_INVALID_ENV_VARIABLES' && invalid.help) {
    for (const line of invalid.help.split('\n')) {
      console.error(`Configuration error: ${line.replace(/^- /, '')}`)
    }
    process.exit(1)
  }
  throw error
}

export default env
