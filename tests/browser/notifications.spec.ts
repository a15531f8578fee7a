import { test } from '@japa/runner'
import type { Page } from 'playwright'
import testUtils from '@adonisjs/core/services/test_utils'
import Site from '#models/site'
import { NotificationService } from '#services/notifications/notification_service'
import { LocalStreams } from '#services/realtime/local_streams'
import { PASSWORD, createUser, grantRole, sseFor } from '#tests/functional/notifications/support'
import { WebSession } from '#tests/functional/account/web_session'

/** The first page load compiles the frontend through Vite: be patient, never time it. */
const PATIENCE = 60_000
const PHONE = { width: 375, height: 812 }
const DESKTOP = { width: 1280, height: 800 }

/** A reporter signed in on a page whose bell is live (subscribed to their channel). */
async function liveBell(
  visit: (url: string) => Promise<Page>,
  email: string,
  viewport: { width: number; height: number },
  name = 'Ayu Lestari'
) {
  const user = await createUser(email, { name })
  const site = await Site.query().orderBy('id').firstOrFail()
  await grantRole(user, 'reporter', site.id)
  const page = await visit('/')
  page.setDefaultTimeout(PATIENCE)
  await page.setViewportSize(viewport)
  await page.waitForURL(/\/login$/)
  await page.locator('input[name="email"]').fill(email)
  await page.locator('input[name="password"]').fill(PASSWORD)
  await page.locator('button[type="submit"]').click()
  await page.waitForURL(/\/dashboard$/)
  await page.locator('[data-testid="notification-bell"][data-live="live"]').waitFor()
  return { user, page }
}

test.group('Browser / live notifications', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('the bell counts a new notification and an urgent one shows a toast, without reload', async ({
    visit,
    assert,
  }) => {
    const { user, page } = await liveBell(visit, 'browser.bell@example.test', PHONE, 'Rina Hartono')
    const bell = page.getByTestId('notification-bell')
    assert.equal(await bell.getAttribute('data-unread'), '0')
    await page.evaluate(() => ((window as any).__notReloaded = true))

    await NotificationService.send([{ userId: user.id, urgent: false }], {
      kind: 'system.test',
      params: { name: user.name },
    })
    await page.locator('[data-testid="notification-bell"][data-unread="1"]').waitFor()

    await NotificationService.send([{ userId: user.id, urgent: true }], {
      kind: 'incident.reported',
      params: { number: 'INC-2026-0042', title: 'Scaffold collapse', actor: 'Ayu', site: 'Main' },
    })
    await page.locator('[data-testid="notification-bell"][data-unread="2"]').waitFor()
    await page.getByText('Incident INC-2026-0042 reported: Scaffold collapse').first().waitFor()
    assert.isTrue(await page.evaluate(() => (window as any).__notReloaded === true))

    await bell.click()
    const items = page.getByTestId('notification-item')
    await items.first().waitFor()
    assert.equal(await items.count(), 2)

    await page.getByTestId('notification-see-all').click()
    await page.waitForURL(/\/notifications$/)
    await page.getByTestId('notification-row').first().waitFor()
    assert.equal(await page.getByTestId('notification-row').count(), 2)
    await page.getByTestId('mark-all-read').click()
    await page.locator('[data-testid="notification-bell"][data-unread="0"]').waitFor()
  })

  test('after the stream drops, the bell catches up with what arrived meanwhile', async ({
    visit,
    assert,
  }) => {
    const { user, page } = await liveBell(visit, 'browser.reconnect@example.test', DESKTOP)

    /* Other tests' pages may hold streams too: only this user's count */
    LocalStreams.endAll(300)
    while (LocalStreams.uidsOf(user.id).length > 0) {
      await new Promise((resolve) => setTimeout(resolve, 10))
    }
    await NotificationService.send([{ userId: user.id, urgent: true }], {
      kind: 'system.test',
      params: { name: user.name },
    })
    await page.locator('[data-testid="notification-bell"][data-unread="1"]').waitFor()
    await page.getByText('Test notification').first().waitFor()
    assert.lengthOf(LocalStreams.uidsOf(user.id), 1)
  })

  test('when the stream is refused outright, the client starts over and stays live', async ({
    visit,
    assert,
    cleanup,
  }) => {
    const { user, page } = await liveBell(visit, 'browser.refused@example.test', DESKTOP)
    const intruder = await createUser('browser.intruder@example.test')
    const [uid] = LocalStreams.uidsOf(user.id)

    /* The browser's uid is taken while it is away: its reconnect gets a 400, which ends EventSource for good. */
    LocalStreams.endAll(1_500)
    while (LocalStreams.uidsOf(user.id).length > 0) {
      await new Promise((resolve) => setTimeout(resolve, 10))
    }
    const squatter = sseFor(await WebSession.login(intruder.email, PASSWORD))
    Object.defineProperty(squatter, 'uid', { value: uid })
    cleanup(() => squatter.close())
    assert.equal(await squatter.open(), 200)

    await page.locator('[data-testid="notification-bell"][data-live="offline"]').waitFor()
    await page.locator('[data-testid="notification-bell"][data-live="live"]').waitFor()
    await NotificationService.send([{ userId: user.id, urgent: false }], {
      kind: 'system.test',
      params: { name: user.name },
    })
    await page.locator('[data-testid="notification-bell"][data-unread="1"]').waitFor()
  })
})
