import { BaseCommand, flags } from '@adonisjs/core/ace'
import type { CommandOptions } from '@adonisjs/core/types/ace'

/**
 * Runs the readiness checks of GET /health from the command line (release
 * steps, deploy verification, a shell on the machine) and exits 1 when the
 * instance is unhealthy.
 */
export default class HealthCheck extends BaseCommand {
  static commandName = 'health:check'
  static description = 'Run the health checks (database, Redis, disk, memory) and print a report'
  static options: CommandOptions = { startApp: true }

  @flags.boolean({ description: 'Print the report as JSON' })
  declare json: boolean

  async run() {
    const { healthDetails, runHealthChecks } = await import('#start/health')
    const { default: i18nManager } = await import('@adonisjs/i18n/services/main')
    const { default: logger } = await import('@adonisjs/core/services/logger')
    /** JSON mode keeps stdout parseable: the report already carries every failure. */
    if (this.json) logger.level = 'silent'
    const details = healthDetails(await runHealthChecks())
    if (!details.healthy) this.exitCode = 1

    if (this.json) {
      process.stdout.write(`${JSON.stringify(details, null, 2)}\n`)
      return
    }

    const i18n = i18nManager.locale(i18nManager.defaultLocale)
    const paint = (status: string) =>
      status === 'ok'
        ? this.colors.green(status)
        : status === 'warning'
          ? this.colors.yellow(status)
          : this.colors.red(status)
    const table = this.ui.table()
    table.head(['name', 'status', 'duration', 'message'].map((key) => i18n.t(`health.cli.${key}`)))
    for (const check of details.checks) {
      table.row([
        check.name,
        paint(check.status),
        check.durationMs === null ? '-' : `${check.durationMs} ms`,
        check.message,
      ])
    }
    table.render()

    const failed = details.checks.filter((check) => check.status === 'error').length
    if (failed) this.logger.error(i18n.t('health.cli.unhealthy', { count: failed }))
    else if (details.status === 'warning') this.logger.warning(i18n.t('health.cli.degraded'))
    else this.logger.success(i18n.t('health.cli.healthy'))
  }
}
