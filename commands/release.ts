import { BaseCommand } from '@adonisjs/core/ace'
import type { CommandOptions } from '@adonisjs/core/types/ace'

/**
 * The release step of every deploy (Fly's `release_command`, the compose
 * `release` service): pending migrations, then the idempotent role seeder.
 * One command so a deploy has one step that either fully succeeds or stops
 * the rollout before any machine runs the new code.
 */
export default class Release extends BaseCommand {
  static commandName = 'release'
  static description = 'Run pending migrations (--force) and seed the built-in roles'

  static options: CommandOptions = {
    startApp: true,
  }

  async run() {
    const steps: Array<[string, string[]]> = [
      ['migration:run', ['--force', '--no-schema-generate', '--compact-output']],
      ['db:seed', ['--files', 'database/seeders/role_seeder.ts', '--compact-output']],
    ]

    for (const [name, args] of steps) {
      this.logger.info(`release: node ace ${name} ${args.join(' ')}`)
      const step = await this.kernel.exec(name, args)
      if (step.exitCode !== 0) {
        this.exitCode = step.exitCode ?? 1
        this.error = step.error
        this.logger.error(`release: ${name} failed, the release stops here`)
        return
      }
    }

    this.logger.success('release: database migrated and roles seeded')
  }
}
