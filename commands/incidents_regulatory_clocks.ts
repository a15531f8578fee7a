import { BaseCommand } from '@adonisjs/core/ace'
import type { CommandOptions } from '@adonisjs/core/types/ace'

/**
 * Every 15 minutes (the scheduler process): reminds managers of severe
 * outcomes still unreported at half of their legal deadline (8 h for a
 * fatality, 24 h for hospitalisation, amputation or loss of an eye).
 */
export default class IncidentsRegulatoryClocks extends BaseCommand {
  static commandName = 'incidents:regulatory-clocks'
  static description = 'Remind managers of severe outcomes not yet reported to the authority'
  static options: CommandOptions = { startApp: true }

  async run() {
    const { RegulatoryClockJob } = await import('#services/regulatory_clock_job')
    this.logger.info('Checking regulatory reporting clocks')
    const result = await new RegulatoryClockJob().run()
    if (result.locked) {
      this.logger.info('Another run holds the lock: nothing to do')
      return
    }
    this.logger.success(`${result.reminded.length} reminder(s) sent`)
    const { flushBroadcasts } = await import('#services/realtime/flush_broadcasts')
    await flushBroadcasts()
  }
}
