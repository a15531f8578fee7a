import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import { NotificationDigest } from '#services/notifications/notification_digest'
import { NotificationPreferences } from '#services/notifications/preferences'
import { NotificationService } from '#services/notifications/notification_service'
import { MailOutbox } from '#services/notifications/mail_outbox'
import { SmtpCatcher } from '#tests/helpers/smtp'
import { createUser } from './support.js'

const smtp = new SmtpCatcher()

const comment = (userId: number, excerpt: string, urgent = false) =>
  NotificationService.send([{ userId, urgent }], {
    kind: 'record.commented',
    params: { number: 'INC-9', actor: 'Ayu', excerpt },
  })

test.group('Notifications / daily digest', (group) => {
  group.setup(async () => {
    await smtp.start()
    return () => smtp.stop()
  })
  group.each.setup(() => {
    smtp.clear()
    return testUtils.db().withGlobalTransaction()
  })

  test('collects the unread non-urgent items of digest kinds into one mail, once', async ({
    assert,
  }) => {
    const user = await createUser('digest.id@example.test', { locale: 'id', name: 'Wayan' })
    await NotificationPreferences.update(user.id, { 'record.commented': 'digest' })
    await comment(user.id, 'Tolong cek tangga')
    await comment(user.id, 'Sudah diperbaiki')
    await NotificationService.send([{ userId: user.id, urgent: false }], {
      kind: 'system.test',
      params: { name: user.name },
    })
    await MailOutbox.settle((mail) => mail.userId === user.id)
    smtp.clear()

    const result = await NotificationDigest.run()
    assert.isAtLeast(result.items, 2)
    const [mail] = await smtp.waitForCount(user.email, 1)
    assert.equal(mail.subject, 'Ringkasan HarmoniHSE360 Anda: 2 notifikasi')
    assert.include(mail.text, 'Halo Wayan,')
    assert.include(mail.text, 'Ayu: Tolong cek tangga')
    assert.include(mail.text, 'Ayu: Sudah diperbaiki')
    assert.notInclude(mail.text, 'Notifikasi uji')

    await NotificationDigest.run()
    assert.lengthOf(smtp.sentTo(user.email), 1)
  })

  test('an urgent item of a digest kind is mailed at once and left out of the digest', async ({
    assert,
  }) => {
    const user = await createUser('digest.urgent@example.test')
    await NotificationPreferences.update(user.id, { 'record.commented': 'digest' })
    await comment(user.id, 'Gas leak near tank 3', true)
    const mail = await smtp.waitFor(user.email)
    assert.equal(mail.subject, 'URGENT: New comment on INC-9')

    await NotificationDigest.run()
    assert.lengthOf(smtp.sentTo(user.email), 1)
  })
})
