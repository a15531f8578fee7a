import { BaseCommand, flags } from '@adonisjs/core/ace'
import type { CommandOptions } from '@adonisjs/core/types/ace'
import { concludeDeploy } from '#services/deploy/conclude'
import { deployPlan } from '#services/deploy/deploy_plan'
import { parseStrategy } from '#services/deploy/environments'
import { DeployError } from '#services/deploy/errors'
import { FlyDeployer } from '#services/deploy/fly_deployer'
import { loadFlyConfig } from '#services/deploy/fly_toml'
import { AceReporter } from '#services/deploy/reporter'
import { runSettings } from '#services/deploy/run_settings'

/**
 * Deploys to Fly.io in the order the runbook demands: preflight, deploy,
 * verify, automatic rollback on failure, notify. The logic lives in
 * app/services/deploy; this command maps flags to it.
 */
export default class DeployFly extends BaseCommand {
  static commandName = 'deploy:fly'
  static description = 'Deploy to Fly.io: preflight, deploy, verify, roll back on failure, notify'
  static help = [
    'Exit codes: 0 deployed and verified; 1 preflight failed, or the deploy failed and was rolled back; 2 the rollback failed too (the app needs attention now).',
    'Needs FLY_API_TOKEN, which reaches flyctl through the environment only. SLACK_WEBHOOK_URL is optional.',
    'Verification: the health URL answers 200, every Fly check passes, at least --machines machines (default max(1, min_machines_running)) are started, and every machine runs the new image.',
    '--dry-run prints the plan and runs nothing: no flyctl, no git, no HTTP.',
  ]
  static options: CommandOptions = { startApp: false }

  @flags.string({ description: 'Target environment: staging or production', required: true })
  declare env: string

  @flags.string({ description: 'Deploy this image instead of building the Dockerfile' })
  declare image?: string

  @flags.string({ description: 'rolling (default), bluegreen, canary or immediate' })
  declare strategy?: string

  @flags.boolean({ description: 'Print the plan without running anything' })
  declare dryRun?: boolean

  @flags.boolean({ description: 'Deploy even when the git tree has uncommitted changes' })
  declare allowDirty?: boolean

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

  @flags.number({ description: 'Machines that must run the new image (default from config)' })
  declare machines?: number

  async run() {
    try {
      const settings = runSettings(this, this.app.makePath())
      const options = {
        ...settings,
        image: this.image,
        strategy: parseStrategy(this.strategy, 'rolling'),
        allowDirty: this.allowDirty === true,
      }
      const reporter = new AceReporter(this.logger, settings.redactor)

      if (this.dryRun) {
        const config = await loadFlyConfig(options.configPath)
        const slack = Boolean(process.env.SLACK_WEBHOOK_URL)
        for (const line of deployPlan(options, config, slack)) this.logger.log(line)
        return
      }

      const outcome = await new FlyDeployer(reporter).deploy(options)
      await concludeDeploy(reporter, settings.redactor, outcome)
      this.exitCode = outcome.exitCode
    } catch (error) {
      if (!(error instanceof DeployError)) throw error
      this.logger.error(error.message)
      this.exitCode = 1
    }
  }
}
