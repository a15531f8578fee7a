import { test } from '@japa/runner'
import type { ApiClient } from '@japa/api-client'
import testUtils from '@adonisjs/core/services/test_utils'
import type User from '#models/user'
import { MailOutbox } from '#services/notifications/mail_outbox'
import { NotificationService } from '#services/notifications/notification_service'
import { NotificationPreferences } from '#services/notifications/preferences'
import { SmtpCatcher } from '#tests/helpers/smtp'
import { createUser, grantRole, twoSites } from './support.js'

const smtp = new SmtpCatcher()

function sendTestNotification(client: ApiClient, user: User) {
  return client.post('/notifications/preferences/test').loginAs(user).withCsrfToken().redirects(0)
}
const origin = () =>
  (process.env.APP_URL ?? `http://127.0.0.1:${process.env.PORT}`).replace(/\/$/, '')

test.group('Notifications / email', (group) => {
  const defaults = { ...MailOutbox.retry }
  group.setup(async () => {
    await smtp.start()
    return () => smtp.stop()
  })
  group.each.setup(() => {
    smtp.clear()
    MailOutbox.retry = { ...defaults }
    return testUtils.db().withGlobalTransaction()
  })
  group.each.teardown(() => {
    MailOutbox.retry = { ...defaults }
  })

  test('arrives in the recipient language with a plain-text part and an absolute link', async ({
    client,
    assert,
  }) => {
    const user = await createUser('mail.id@example.test', { locale: 'id', name: 'Siti Rahma' })
    const response = await sendTestNotification(client, user)
    response.assertStatus(302)

    const mail = await smtp.waitFor(user.email)
    assert.equal(mail.subject, 'Notifikasi uji')
    assert.include(mail.text, 'Halo Siti Rahma,')
    assert.include(mail.text, 'Halo Siti Rahma, notifikasi sampai kepada Anda di sini.')
    assert.include(mail.text, `Buka di HarmoniHSE360: ${origin()}/notifications/preferences`)
    assert.include(mail.html, `href="${origin()}/notifications/preferences"`)
  })

  test('urgent mail says so, and a user who chose in-app only gets none', async ({ assert }) => {
    const [site] = await twoSites()
    const wantsMail = await createUser('mail.urgent@example.test', { name: 'Budi' })
    const appOnly = await createUser('mail.app@example.test')
    await grantRole(wantsMail, 'hse_manager', site.id)
    await grantRole(appOnly, 'hse_manager', site.id)
    await NotificationPreferences.update(appOnly.id, { 'incident.reported': 'in_app' })

    await NotificationService.dispatch(
      { kind: 'incident.reported', siteId: site.id, severity: { actual: 4 } },
      {
        params: {
          number: 'INC-2026-0007',
          title: 'Forklift tipped',
          actor: 'Ayu',
          site: site.name,
        },
        route: { name: 'notifications.index' },
      }
    )
    const mail = await smtp.waitFor(wantsMail.email)
    assert.equal(mail.subject, 'URGENT: Incident INC-2026-0007 reported: Forklift tipped')
    assert.include(mail.text, `${origin()}/notifications`)
    await MailOutbox.settle((queued) =>
      [wantsMail.id, appOnly.id].includes(queued.userId as number)
    )
    assert.lengthOf(smtp.sentTo(appOnly.email), 0)
  })

  test('with the SMTP server down the request still succeeds and the mail follows once it is back', async ({
    client,
    assert,
  }) => {
    MailOutbox.retry = { attempts: 10, baseMs: 200, maxMs: 800 }
    const user = await createUser('mail.retry@example.test')
    await smtp.stop()
    try {
      const response = await sendTestNotification(client, user)
      response.assertStatus(302)
      await new Promise((resolve) => setTimeout(resolve, 700))
      assert.lengthOf(smtp.sentTo(user.email), 0)
    } finally {
      await smtp.start()
    }
    const mail = await smtp.waitFor(user.email, 15_000)
    assert.equal(mail.subject, 'Test notification')
    await MailOutbox.settle((queued) => queued.userId === user.id)
    assert.lengthOf(smtp.sentTo(user.email), 1)
  }).timeout(30_000)

  test('a stopping server gives up mail waiting for a retry instead of sitting out the backoff', async ({
    client,
    assert,
  }) => {
    MailOutbox.retry = { attempts: 5, baseMs: 20_000, maxMs: 20_000 }
    const user = await createUser('mail.shutdown@example.test')
    await smtp.stop()
    try {
      const response = await sendTestNotification(client, user)
      response.assertStatus(302)
      await new Promise((resolve) => setTimeout(resolve, 500))

      const started = performance.now()
      await MailOutbox.close(2_000)
      await MailOutbox.settle((queued) => queued.userId === user.id)
      assert.isBelow(performance.now() - started, 2_500)
    } finally {
      MailOutbox.reopen()
      await smtp.start()
    }
    assert.lengthOf(smtp.sentTo(user.email), 0)
  }).timeout(30_000)
})
