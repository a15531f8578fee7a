import { readFile } from 'node:fs/promises'
import { test } from '@japa/runner'
import app from '@adonisjs/core/services/app'
import testUtils from '@adonisjs/core/services/test_utils'
import User from '#models/user'
import { demoEmail } from '#app/data/roles'
import { PATIENCE, navLabels, signIn } from './support.js'

test.group('Browser / application shell', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('a visitor is sent to sign in and lands in the shell with their name', async ({
    visit,
    assert,
  }) => {
    const user = await User.findByOrFail('email', demoEmail('hse_manager'))
    const page = await visit('/')
    await page.setViewportSize({ width: 1280, height: 800 })
    await signIn(page, user.email)

    await page.getByTestId('user-name').waitFor({ state: 'visible' })
    await page.assertText('[data-testid="user-name"]', user.name)
    await page.assertVisible('[data-testid="module-nav"]')
    await page.assertTextContains('[data-testid="dashboard-welcome"]', user.name)
    assert.deepInclude(await navLabels(page), ['dashboard', 'Dashboard'])
  })

  test('the shell fits a 375 px phone and still shows who is signed in', async ({
    visit,
    assert,
  }) => {
    const user = await User.findByOrFail('email', demoEmail('reporter'))
    const page = await visit('/')
    await page.setViewportSize({ width: 375, height: 812 })
    await signIn(page, user.email)

    const header = page.locator('header')
    await header.getByTestId('user-menu').waitFor({ state: 'visible' })
    await page.assertNotVisible('[data-testid="user-name"]')
    const navbar = await page.getByTestId('navbar').boundingBox()
    assert.isAtMost(navbar!.x + navbar!.width, 0, 'the sidebar should start hidden on a phone')
    await page.assertText('[data-testid="user-initials"]', user.initials)

    const overflow = await header.evaluate((element) => {
      const right = Math.max(
        ...[...element.querySelectorAll('*')]
          .map((child) => child.getBoundingClientRect())
          .filter((box) => box.width > 0)
          .map((box) => box.right)
      )
      return { scroll: element.scrollWidth, width: element.clientWidth, right }
    })
    assert.isAtMost(overflow.scroll, overflow.width, 'the header scrolls sideways')
    assert.isAtMost(overflow.right, overflow.width, 'a header item sticks out of the screen')
    const brand = await header
      .getByTestId('brand-name')
      .evaluate((element) => [element.scrollWidth, element.clientWidth])
    assert.isAtMost(brand[0], brand[1], 'the product name is cut off: hide something else')
    assert.isAtMost(
      await page.evaluate(() => document.documentElement.scrollWidth),
      375,
      'the page scrolls sideways'
    )

    await page.getByTestId('user-menu').click()
    await page.getByTestId('user-menu-name').waitFor({ state: 'visible' })
    await page.assertText('[data-testid="user-menu-name"]', user.name)
    await page.keyboard.press('Escape')

    await page.getByTestId('nav-toggle-mobile').click()
    await page.waitForFunction(() => {
      const box = document.querySelector('[data-testid="navbar"]')!.getBoundingClientRect()
      return box.left >= 0 && box.right > 0
    })
    assert.deepInclude(await navLabels(page), ['dashboard', 'Dashboard'])
  })

  test('the header language switch turns the navigation Indonesian without a reload', async ({
    visit,
    assert,
  }) => {
    const indonesian = JSON.parse(await readFile(app.languageFilesPath('id/ui.json'), 'utf8'))
    const user = await User.findByOrFail('email', demoEmail('hse_manager'))
    const page = await visit('/')
    await page.setViewportSize({ width: 1280, height: 800 })
    await signIn(page, user.email)

    const english = await navLabels(page)
    assert.deepInclude(english, ['dashboard', 'Dashboard'])
    await page.evaluate(() => Object.assign(window, { __sameDocument: true }))

    const localeRequest = page.waitForRequest(
      (request) => request.method() === 'PUT' && new URL(request.url()).pathname === '/locale'
    )
    await page.getByTestId('language-switch').getByText('ID', { exact: true }).click()
    const request = await localeRequest
    assert.isNotEmpty(request.headers()['x-xsrf-token'], 'Inertia sent no X-XSRF-TOKEN header')

    await page
      .locator('[data-testid="module-nav"] [data-module="dashboard"]')
      .getByText(indonesian.nav.dashboard, { exact: true })
      .waitFor({ state: 'visible' })
    const translated = await navLabels(page)
    assert.lengthOf(translated, english.length)
    assert.deepEqual(
      translated,
      english.map(([module]) => [module, indonesian.nav[module!]])
    )
    assert.isTrue(
      await page.evaluate(() => '__sameDocument' in window),
      'the language switch reloaded the whole page'
    )
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'id')

    await page.reload()
    await page.getByTestId('module-nav').waitFor({ state: 'visible' })
    assert.deepEqual(await navLabels(page), translated, 'the choice was not saved')
  })

  test('sign-in problems are explained beside the fields, in Indonesian', async ({
    visit,
    browserContext,
    assert,
  }) => {
    const read = async (file: string) =>
      JSON.parse(await readFile(app.languageFilesPath(`id/${file}`), 'utf8'))
    const [auth, validator] = [await read('auth.json'), await read('validator.json')]
    const required = validator.shared.messages.required.replace(
      '{field}',
      validator.shared.fields.email
    )

    await browserContext.setExtraHTTPHeaders({ 'accept-language': 'id-ID,id;q=0.9' })
    const page = await visit('/login')
    page.setDefaultTimeout(PATIENCE)
    const email = page.locator('input[name="email"]')
    await email.waitFor({ state: 'visible' })

    await page.locator('button[type="submit"]').click()
    await page.getByText(required, { exact: true }).waitFor({ state: 'visible' })

    await email.fill(demoEmail('viewer'))
    await page.locator('input[name="password"]').fill('not-the-password')
    await page.locator('button[type="submit"]').click()
    await page.getByText(auth.invalid_credentials, { exact: true }).waitFor({ state: 'visible' })
    assert.equal(await email.getAttribute('aria-invalid'), 'true')
    await page.assertPath('/login')
  })

  test('the sign-in page has its own language switch', async ({ visit }) => {
    const page = await visit('/login')
    page.setDefaultTimeout(PATIENCE)
    await page.getByRole('heading', { name: 'Sign in' }).waitFor({ state: 'visible' })

    await page.getByTestId('language-switch').getByText('ID', { exact: true }).click()
    await page.getByRole('heading', { name: 'Masuk' }).waitFor({ state: 'visible' })
    await page.assertCookie('locale')
  })
})
