import { DeployError } from '#services/deploy/errors'
import { ENVIRONMENT_SETTINGS, type DeployEnvironment } from '#services/deploy/environments'
import { Flyctl, flyArgs } from '#services/deploy/flyctl'
import {
  lastGoodRelease,
  parseReleases,
  parseSecrets,
  type Release,
} from '#services/deploy/fly_json'
import { loadFlyConfig, type FlyAppConfig } from '#services/deploy/fly_toml'
import type { Redactor } from '#services/deploy/redactor'
import type { DeployReporter } from '#services/deploy/reporter'
import { runProcess } from '#services/deploy/run_process'

export interface LocalChecks {
  configPath: string
  /** Where flyctl runs and whose git tree is checked: the build context. */
  cwd: string
  processEnv: NodeJS.ProcessEnv
  redactor: Redactor
  /** Null skips the git check entirely (rollbacks build nothing). */
  allowDirty: boolean | null
}

/**
 * The checks that run before anything changes. Local checks (config, token,
 * flyctl, git) all run and are reported together; the remote ones (secrets,
 * releases) need flyctl and the app name, so they come after.
 */
export class Preflight {
  constructor(private reporter: DeployReporter) {}

  async local(options: LocalChecks): Promise<{ config: FlyAppConfig; flyctl: Flyctl }> {
    const failures: string[] = []
    const attempt = async <T>(
      title: string,
      check: () => Promise<T>,
      detail?: (value: T) => string
    ) => {
      const step = this.reporter.step(title)
      try {
        const value = await check()
        step.done(detail?.(value))
        return value
      } catch (error) {
        if (!(error instanceof DeployError)) throw error
        step.fail(error.message)
        failures.push(error.message)
      }
    }

    const config = await attempt(
      'Read the Fly config',
      () => loadFlyConfig(options.configPath),
      (value) => `app ${value.app} (${value.path})`
    )
    await attempt('FLY_API_TOKEN is set', async () => {
      if (!options.processEnv.FLY_API_TOKEN?.trim()) {
        throw new DeployError(
          'FLY_API_TOKEN is not set: create a deploy token ("fly tokens create deploy") and export it'
        )
      }
    })
    const flyctl = await attempt(
      'Locate flyctl',
      () =>
        Flyctl.locate({ cwd: options.cwd, env: options.processEnv, redactor: options.redactor }),
      (value) => value.binary
    )
    if (options.allowDirty === true) {
      this.reporter.step('Git working tree is clean').skip('--allow-dirty')
    } else if (options.allowDirty === false) {
      await attempt('Git working tree is clean', () => this.#assertCleanTree(options))
    }

    if (failures.length || !config || !flyctl) {
      throw new DeployError(`preflight failed:\n  - ${failures.join('\n  - ')}`)
    }
    return { config, flyctl }
  }

  async requiredSecrets(flyctl: Flyctl, app: string, env: DeployEnvironment) {
    const required = ENVIRONMENT_SETTINGS[env].requiredSecrets
    const step = this.reporter.step(`Required secrets are set on ${app}`)
    try {
      const present = new Set(
        parseSecrets(await flyctl.json(flyArgs.secretsList(app))).map((s) => s.name)
      )
      const missing = required.filter((name) => !present.has(name))
      if (missing.length) {
        throw new DeployError(
          `missing secrets on ${app}: ${missing.join(', ')}. Set them with "node ace deploy:secrets --env ${env} --from <file>"`
        )
      }
      step.done(required.join(', '))
    } catch (error) {
      if (error instanceof DeployError) step.fail(error.message)
      throw error
    }
  }

  /** The newest successful release: the image an automatic rollback returns to. */
  async rollbackTarget(flyctl: Flyctl, app: string): Promise<Release | undefined> {
    const step = this.reporter.step('Record the rollback target')
    try {
      const target = lastGoodRelease(parseReleases(await flyctl.json(flyArgs.releases(app))))
      if (target) {
        step.done(`v${target.version} ${target.image}`)
      } else {
        step.skip('no successful release yet')
        this.reporter.warn('There is no previous release: a failed deploy cannot be rolled back')
      }
      return target
    } catch (error) {
      if (error instanceof DeployError) step.fail(error.message)
      throw error
    }
  }

  async #assertCleanTree(options: LocalChecks) {
    const outcome = await runProcess('git', ['status', '--porcelain'], {
      cwd: options.cwd,
      env: options.processEnv,
      timeoutMs: 30_000,
    })
    if (!outcome.started || outcome.code !== 0) {
      throw new DeployError(
        `"git status" failed in ${options.cwd} (not a git checkout?): pass --allow-dirty to skip this check`
      )
    }
    const changes = outcome.stdout.split('\n').filter((line) => line.trim())
    if (changes.length) {
      const sample = changes.slice(0, 5).map((line) => line.slice(3))
      const more = changes.length > 5 ? ', …' : ''
      throw new DeployError(
        `the git working tree has ${changes.length} uncommitted change(s) (${sample.join(', ')}${more}): commit or stash them, or pass --allow-dirty`
      )
    }
  }
}
