import { BaseCommand, flags } from '@adonisjs/core/ace'
import type { CommandOptions } from '@adonisjs/core/types/ace'
import { concludeDeploy } from '#services/deploy/conclude'
import { parseStrategy } from '#services/deploy/environments'
import { DeployError } from '#services/deploy/errors'
import { FlyDeployer } from '#services/deploy/fly_deployer'
import { AceReporter } from '#services/deploy/reporter'
import { runSettings } from '#services/deploy/run_settings'

/**
 * Redeploys the image of an earlier release (the one before the current by
 * default) without running the release command, verifies it and notifies.
 */
export default class DeployRollback extends BaseCommand {
  static commandName = 'deploy:rollback'
  static description = 'Redeploy a previous Fly release image, verify it and notify'
  static help = [
    'Without --version, rolls back to the newest successful release before the current one.',
    'Exit codes: 0 rolled back and verified; 1 otherwise.',
  ]
  static options: CommandOptions = { startApp: false }

  @flags.string({ description: 'Target environment: staging or production', required: true })
  declare env: string

  @flags.number({ description: 'Release version to redeploy (default: the one before current)' })
  declare version?: number

  @flags.string({ description: 'immediate (default), rolling, bluegreen or canary' })
  declare strategy?: string

  @flags.string({ description: 'Fly config (default fly.toml, or fly.staging.toml for staging)' })
  declare config?: string

  @flags.string({ description: 'Health URL to poll (default https://<app>.fly.dev/health)' })
  declare healthUrl?: string

  @flags.number({ description: 'Seconds between verification polls (default 5)' })
  declare pollInterval?: number

  @flags.number({ description: 'Seconds to wait for verification (default 300)' })
  declare verifyTimeout?: number

  @flags.number({ description: 'Seconds flyctl waits for each machine (default 300)' })
  declare waitTimeout?: number

  @flags.number({ description: 'Machines that must run the image (default from config)' })
  declare machines?: number

  async run() {
    try {
      if (this.version !== undefined && (!Number.isInteger(this.version) || this.version < 1)) {
        throw new DeployError('--version must be a release number such as 42')
      }
      const settings = runSettings(this, this.app.makePath())
      const reporter = new AceReporter(this.logger, settings.redactor)
      const outcome = await new FlyDeployer(reporter).rollback({
        ...settings,
        version: this.version,
        strategy: parseStrategy(this.strategy, 'immediate'),
      })
      await concludeDeploy(reporter, settings.redactor, outcome)
      this.exitCode = outcome.exitCode
    } catch (error) {
      if (!(error instanceof DeployError)) throw error
      this.logger.error(error.message)
      this.exitCode = 1
    }
  }
}
