import { resolve } from 'node:path'
import { BaseCommand, flags } from '@adonisjs/core/ace'
import type { CommandOptions } from '@adonisjs/core/types/ace'
import { DeployError } from '#services/deploy/errors'
import { AceReporter } from '#services/deploy/reporter'
import { runSettings } from '#services/deploy/run_settings'
import { SecretsImporter } from '#services/deploy/secrets_importer'

/**
 * Stages the secrets of a dotenv file on the Fly app. Values go to flyctl
 * on stdin only and are never printed; the output lists names.
 */
export default class DeploySecrets extends BaseCommand {
  static commandName = 'deploy:secrets'
  static description = 'Stage secrets from a dotenv file on the Fly app (values via stdin only)'
  static options: CommandOptions = { startApp: false }

  @flags.string({ description: 'Target environment: staging or production', required: true })
  declare env: string

  @flags.string({
    description: 'Dotenv file with NAME=VALUE lines, e.g. .env.production',
    required: true,
  })
  declare from: string

  @flags.string({ description: 'Fly config (default fly.toml, or fly.staging.toml for staging)' })
  declare config?: string

  async run() {
    try {
      const settings = runSettings(this, this.app.makePath())
      const reporter = new AceReporter(this.logger, settings.redactor)
      const outcome = await new SecretsImporter(reporter).import({
        ...settings,
        fromPath: resolve(settings.cwd, this.from),
      })
      if (outcome.exitCode === 0) reporter.success(outcome.message)
      else reporter.error(outcome.message)
      this.exitCode = outcome.exitCode
    } catch (error) {
      if (!(error instanceof DeployError)) throw error
      this.logger.error(error.message)
      this.exitCode = 1
    }
  }
}
