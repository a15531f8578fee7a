import { BaseCommand } from '@adonisjs/core/ace'
import type { CommandOptions } from '@adonisjs/core/types/ace'

/**
 * Hourly (the scheduler process, see bin/scheduler.ts): marks corrective
 * actions that passed their due date and escalates those more than seven
 * days late. Safe to run concurrently and repeatedly.
 */
export default class CapaOverdueCommand extends BaseCommand {
  static commandName = 'capa:overdue'
  static description = 'Mark overdue corrective actions and escalate long-overdue ones'
  static options: CommandOptions = { startApp: true }

  async run() {
    const { CapaOverdueJob } = await import('#services/capa/capa_overdue_job')
    this.logger.info('Looking for overdue corrective actions')
    const result = await new CapaOverdueJob().run()
    if (result.locked) {
      this.logger.info('Another run holds the lock: nothing to do')
      return
    }
    this.logger.success(
      `${result.overdue.length} newly overdue, ${result.escalated.length} escalated to a manager`
    )
    const { flushBroadcasts } = await import('#services/realtime/flush_broadcasts')
    await flushBroadcasts()
  }
}
