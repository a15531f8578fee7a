import { BaseCommand } from '@adonisjs/core/ace'
import type { CommandOptions } from '@adonisjs/core/types/ace'

/**
 * Mails each user who chose "daily digest" for some kinds one message with
 * those unread, non-urgent items (run daily by bin/scheduler.ts; running
 * it twice sends nothing twice).
 */
export default class NotificationsDigest extends BaseCommand {
  static commandName = 'notifications:digest'
  static description = 'Send the daily digest of non-urgent notifications'
  static options: CommandOptions = { startApp: true }

  async run() {
    const { NotificationDigest } = await import('#services/notifications/notification_digest')
    const { users, items } = await NotificationDigest.run()
    this.logger.info(`Digest: ${items} notification(s) to ${users} user(s)`)
  }
}
