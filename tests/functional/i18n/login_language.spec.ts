import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import User from '#models/user'
import { demoEmail } from '#app/data/roles'

/** The page object Inertia embeds in the first HTML response. */
function embeddedPage(html: string) {
  const match = html.match(/<script data-page="app" type="application\/json">(.*?)<\/script>/s)
  if (!match) throw new Error('The HTML response embeds no Inertia page')
  return JSON.parse(match[1]) as { component: string; props: Record<string, any> }
}

async function demoUser(locale: string) {
  const user = await User.findByOrFail('email', demoEmail('reporter'))
  user.locale = locale
  await user.save()
  return user
}

test.group('i18n / language of a request', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('Accept-Language: id renders the login page in Indonesian', async ({ client, assert }) => {
    const response = await client.get('/login').header('accept-language', 'id-ID,id;q=0.9')
    response.assertStatus(200)
    assert.include(response.text(), '<html lang="id">')

    const page = embeddedPage(response.text())
    assert.equal(page.component, 'auth/login')
    assert.equal(page.props.locale, 'id')
    assert.equal(page.props.messages['auth.login_title'], 'Masuk')
    assert.equal(page.props.messages['auth.password'], 'Kata sandi')
  })

  test('English stays the default for other languages', async ({ client, assert }) => {
    const response = await client.get('/login').header('accept-language', 'fr-FR').withInertia()
    response.assertInertiaComponent('auth/login')
    assert.equal(response.inertiaProps.locale, 'en')
    assert.equal(response.inertiaProps.messages['auth.login_title'], 'Sign in')
  })

  test('the locale cookie overrides Accept-Language', async ({ client, assert }) => {
    const toIndonesian = await client
      .get('/login')
      .header('accept-language', 'en-US,en;q=0.9')
      .withPlainCookie('locale', 'id')
      .withInertia()
    assert.equal(toIndonesian.inertiaProps.locale, 'id')
    assert.equal(toIndonesian.inertiaProps.messages['auth.login_title'], 'Masuk')

    const toEnglish = await client
      .get('/login')
      .header('accept-language', 'id')
      .withPlainCookie('locale', 'en')
      .withInertia()
    assert.equal(toEnglish.inertiaProps.locale, 'en')
    assert.equal(toEnglish.inertiaProps.messages['auth.login_title'], 'Sign in')
  })

  test('an unsupported locale cookie falls back to Accept-Language', async ({ client, assert }) => {
    const response = await client
      .get('/login')
      .header('accept-language', 'id')
      .withPlainCookie('locale', 'xx')
      .withInertia()
    assert.equal(response.inertiaProps.locale, 'id')
  })

  test("a signed-in user's saved locale wins over cookie and header", async ({
    client,
    assert,
  }) => {
    const user = await demoUser('id')
    const response = await client
      .get('/dashboard')
      .header('accept-language', 'en-US')
      .withPlainCookie('locale', 'en')
      .loginAs(user)
      .withInertia()

    response.assertInertiaComponent('dashboard/show')
    assert.equal(response.inertiaProps.locale, 'id')
    assert.equal(response.inertiaProps.messages['nav.dashboard'], 'Dasbor')
  })
})

test.group('i18n / PUT /locale', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('saves the choice on the user and in a cookie, then goes back', async ({
    client,
    assert,
  }) => {
    const user = await demoUser('en')
    const response = await client
      .put('/locale')
      .header('referer', '/dashboard')
      .json({ locale: 'id' })
      .loginAs(user)
      .withCsrfToken()
      .redirects(0)

    response.assertStatus(302)
    response.assertHeader('location', '/dashboard')
    assert.equal(response.cookie('locale')?.value, 'id')
    await user.refresh()
    assert.equal(user.locale, 'id')
  })

  test('a guest gets the cookie, and the next page follows it', async ({ client, assert }) => {
    const response = await client
      .put('/locale')
      .header('referer', '/login')
      .json({ locale: 'id' })
      .withCsrfToken()
      .redirects(0)
    response.assertStatus(302)
    assert.equal(response.cookie('locale')?.value, 'id')

    const next = await client.get('/login').withPlainCookie('locale', 'id').withInertia()
    assert.equal(next.inertiaProps.messages['auth.login_title'], 'Masuk')
  })

  test('rejects an unsupported locale with a validation error and changes nothing', async ({
    client,
    assert,
  }) => {
    const user = await demoUser('en')
    const response = await client
      .put('/locale')
      .header('referer', '/dashboard')
      .json({ locale: 'fr' })
      .loginAs(user)
      .withCsrfToken()
      .redirects(0)

    response.assertStatus(302)
    response.assertHeader('location', '/dashboard')
    response.assertFlashMessage('inputErrorsBag', { locale: ['The selected language is invalid'] })
    assert.isUndefined(response.cookie('locale'))
    await user.refresh()
    assert.equal(user.locale, 'en')
  })

  test('validation messages follow the language', async ({ client }) => {
    const user = await demoUser('id')
    const response = await client
      .put('/locale')
      .header('referer', '/dashboard')
      .json({ locale: 'fr' })
      .loginAs(user)
      .withCsrfToken()
      .redirects(0)

    response.assertFlashMessage('inputErrorsBag', { locale: ['Pilihan bahasa tidak valid'] })
  })

  test('refuses a request without the CSRF token', async ({ client, assert }) => {
    const user = await demoUser('en')
    const response = await client
      .put('/locale')
      .header('referer', '/dashboard')
      .json({ locale: 'id' })
      .loginAs(user)
      .redirects(0)

    response.assertStatus(302)
    assert.property(response.flashMessages().errorsBag, 'E_BAD_CSRF_TOKEN')
    assert.isUndefined(response.cookie('locale'))
    await user.refresh()
    assert.equal(user.locale, 'en')
  })
})
