import { DeployError } from '#services/deploy/errors'
import type { DeployEnvironment, DeployStrategy } from '#services/deploy/environments'
import { type Flyctl, flyArgs, formatCall } from '#services/deploy/flyctl'
import { lastGoodRelease, parseReleases, type Release } from '#services/deploy/fly_json'
import type { FlyAppConfig } from '#services/deploy/fly_toml'
import { Preflight } from '#services/deploy/preflight'
import type { Redactor } from '#services/deploy/redactor'
import { ReleaseVerifier } from '#services/deploy/release_verifier'
import type { DeployReporter } from '#services/deploy/reporter'
import type { DeploySummary } from '#services/deploy/slack_notifier'

export interface VerifySettings {
  /** Defaults to https://<app>.fly.dev/health. */
  healthUrl?: string
  pollIntervalMs: number
  verifyTimeoutMs: number
  /** Defaults to max(1, min_machines_running from the config). */
  machines?: number
}

export interface DeployRun extends VerifySettings {
  env: DeployEnvironment
  configPath: string
  cwd: string
  processEnv: NodeJS.ProcessEnv
  redactor: Redactor
  waitTimeoutSeconds: number
}

export interface DeployOptions extends DeployRun {
  image?: string
  strategy: DeployStrategy
  allowDirty: boolean
}

export interface RollbackOptions extends DeployRun {
  version?: number
  strategy: DeployStrategy
}

/** The summary for Slack plus how the command should end. */
export interface DeployOutcome extends DeploySummary {
  exitCode: 0 | 1 | 2
  message: string
}

/**
 * Exit codes: 0 deployed and verified; 1 nothing changed or the failed
 * deploy was rolled back and verified; 2 the rollback failed too, so the app
 * may be broken and needs a human now.
 */
export class FlyDeployer {
  #preflight: Preflight

  constructor(private reporter: DeployReporter) {
    this.#preflight = new Preflight(reporter)
  }

  async deploy(options: DeployOptions): Promise<DeployOutcome> {
    const startedAt = Date.now()
    const finish = (app: string, outcome: Omit<DeployOutcome, 'app' | 'env' | 'durationMs'>) => ({
      app,
      env: options.env,
      durationMs: Date.now() - startedAt,
      ...outcome,
    })

    let config: FlyAppConfig | undefined
    let flyctl: Flyctl
    let previous: Release | undefined
    try {
      const local = await this.#preflight.local(options)
      config = local.config
      flyctl = local.flyctl
      await this.#preflight.requiredSecrets(flyctl, config.app, options.env)
      previous = await this.#preflight.rollbackTarget(flyctl, config.app)
    } catch (error) {
      if (!(error instanceof DeployError)) throw error
      return finish(config?.app ?? 'unknown', {
        result: 'preflight_failed',
        exitCode: 1,
        detail: error.message,
        message: `Preflight failed, nothing was deployed: ${error.message}`,
      })
    }

    const app = config.app
    const verifier = new ReleaseVerifier(flyctl, app, this.reporter)
    const attempt = await this.#deployAndVerify(flyctl, verifier, config, previous, options)
    if (!attempt.failure) {
      return finish(app, {
        result: 'succeeded',
        exitCode: 0,
        version: attempt.version,
        image: attempt.image,
        message: `Deployed ${app} ${attempt.version ? `v${attempt.version} ` : ''}(${attempt.image}) to ${options.env}`,
      })
    }

    const failed = `deploy of ${app} failed: ${attempt.failure}`
    if (!previous?.image) {
      return finish(app, {
        result: 'rollback_failed',
        exitCode: 2,
        version: attempt.version,
        image: attempt.image,
        detail: attempt.failure,
        message: `ROLLBACK FAILED: ${failed}; there is no previous successful release to roll back to. Check "fly status -a ${app}" now.`,
      })
    }

    const rollbackProblem = await this.#redeploy(flyctl, verifier, config, previous, {
      ...options,
      strategy: 'immediate',
    })
    const target = `v${previous.version} (${previous.image})`
    if (rollbackProblem) {
      return finish(app, {
        result: 'rollback_failed',
        exitCode: 2,
        version: attempt.version,
        image: attempt.image,
        detail: `${attempt.failure}; rollback: ${rollbackProblem}`,
        message: `ROLLBACK FAILED: ${failed}; rolling back to ${target} failed too: ${rollbackProblem}. The app may be down: check "fly status -a ${app}" now.`,
      })
    }
    return finish(app, {
      result: 'rolled_back',
      exitCode: 1,
      version: previous.version,
      image: previous.image,
      detail: attempt.failure,
      message: `${failed}. Rolled back to ${target}; the rollback verified.`,
    })
  }

  /** Redeploys a named release (or the one before the current) and verifies it. */
  async rollback(options: RollbackOptions): Promise<DeployOutcome> {
    const startedAt = Date.now()
    let app = 'unknown'
    const finish = (outcome: Omit<DeployOutcome, 'app' | 'env' | 'durationMs'>) => ({
      app,
      env: options.env,
      durationMs: Date.now() - startedAt,
      ...outcome,
    })
    try {
      const { config, flyctl } = await this.#preflight.local({ ...options, allowDirty: null })
      app = config.app
      const target = await this.#chooseTarget(flyctl, app, options.version)
      const verifier = new ReleaseVerifier(flyctl, app, this.reporter)
      const problem = await this.#redeploy(flyctl, verifier, config, target, options)
      const label = `v${target.version} (${target.image})`
      if (problem) {
        return finish({
          result: 'rollback_failed',
          exitCode: 1,
          version: target.version,
          image: target.image,
          detail: problem,
          message: `ROLLBACK FAILED: redeploying ${label} to ${app} failed: ${problem}`,
        })
      }
      return finish({
        result: 'rolled_back',
        exitCode: 0,
        version: target.version,
        image: target.image,
        message: `Rolled ${app} back to ${label}; it verified.`,
      })
    } catch (error) {
      if (!(error instanceof DeployError)) throw error
      return finish({
        result: 'preflight_failed',
        exitCode: 1,
        detail: error.message,
        message: `Rollback not started: ${error.message}`,
      })
    }
  }

  async #deployAndVerify(
    flyctl: Flyctl,
    verifier: ReleaseVerifier,
    config: FlyAppConfig,
    previous: Release | undefined,
    options: DeployOptions
  ): Promise<{ failure?: string; version?: number; image?: string }> {
    const args = flyArgs.deploy(
      config.path,
      options.strategy,
      options.image,
      options.waitTimeoutSeconds
    )
    const deployFailure = await this.#runDeploy(flyctl, `Deploy (${options.strategy})`, args)
    if (deployFailure) return { failure: deployFailure, image: options.image }

    const step = this.reporter.step('Identify the new release')
    let version: number | undefined
    let image = options.image
    try {
      const newest = parseReleases(await flyctl.json(flyArgs.releases(config.app)))[0]
      if (!newest || (previous && newest.version <= previous.version)) {
        throw new DeployError('no new release appeared after fly deploy')
      }
      if (newest.status === 'failed') throw new DeployError(`release v${newest.version} failed`)
      version = newest.version
      image ??= newest.image
      if (!image) throw new DeployError(`release v${newest.version} names no image`)
      step.done(`v${version} ${image}`)
    } catch (error) {
      if (!(error instanceof DeployError)) throw error
      if (!options.image) {
        step.fail(error.message)
        return { failure: error.message, version }
      }
      step.skip(`${error.message}; verifying ${options.image} anyway`)
    }

    const problem = await this.#verify(verifier, config, image!, options)
    return { failure: problem ?? undefined, version, image }
  }

  async #redeploy(
    flyctl: Flyctl,
    verifier: ReleaseVerifier,
    config: FlyAppConfig,
    target: Release,
    options: DeployRun & { strategy: DeployStrategy }
  ): Promise<string | null> {
    const args = flyArgs.redeploy(
      config.path,
      target.image!,
      options.strategy,
      options.waitTimeoutSeconds
    )
    this.reporter.warn(`Rolling back ${config.app} to v${target.version} (${target.image})`)
    const failure = await this.#runDeploy(flyctl, `Roll back to v${target.version}`, args)
    if (failure) return failure
    return this.#verify(verifier, config, target.image!, options)
  }

  /** Runs a `fly deploy`, streaming its output; returns why it failed, if it did. */
  async #runDeploy(flyctl: Flyctl, title: string, args: string[]) {
    this.reporter.info(formatCall(args))
    const step = this.reporter.step(title, true)
    try {
      await flyctl.run(args, { onLine: (line) => this.reporter.output(line) })
      step.done()
      return null
    } catch (error) {
      if (!(error instanceof DeployError)) throw error
      step.fail(error.message)
      return error.message
    }
  }

  async #verify(
    verifier: ReleaseVerifier,
    config: FlyAppConfig,
    image: string,
    options: DeployRun
  ) {
    const expectedMachines = options.machines ?? Math.max(1, config.minMachinesRunning)
    const healthUrl = options.healthUrl ?? `https://${config.app}.fly.dev/health`
    const step = this.reporter.step(
      `Verify ${healthUrl}, Fly checks and ${expectedMachines} machine(s) on ${image}`,
      true
    )
    const problem = await verifier.verify(image, {
      healthUrl,
      expectedMachines,
      intervalMs: options.pollIntervalMs,
      timeoutMs: options.verifyTimeoutMs,
    })
    if (problem) step.fail(`not verified: ${problem}`)
    else step.done()
    return problem ? `verification failed: ${problem}` : null
  }

  async #chooseTarget(flyctl: Flyctl, app: string, version?: number): Promise<Release> {
    const step = this.reporter.step(
      version ? `Find release v${version}` : 'Find the previous release'
    )
    try {
      const releases = parseReleases(await flyctl.json(flyArgs.releases(app)))
      const current = lastGoodRelease(releases)
      const target =
        version === undefined
          ? lastGoodRelease(releases, current?.version ?? Infinity)
          : releases.find((release) => release.version === version)
      if (!target) {
        throw new DeployError(
          version === undefined
            ? `${app} has no successful release before the current one`
            : `${app} has no release v${version}`
        )
      }
      if (!target.image) throw new DeployError(`release v${target.version} names no image`)
      if (version !== undefined && target.status === 'failed') {
        throw new DeployError(`release v${version} failed: pick a release that completed`)
      }
      step.done(`v${target.version} ${target.image}`)
      return target
    } catch (error) {
      if (error instanceof DeployError) step.fail(error.message)
      throw error
    }
  }
}
