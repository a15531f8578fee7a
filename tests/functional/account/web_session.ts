import app from '@adonisjs/core/services/app'
import env from '#start/env'

/**
 * A browser stand-in for tests that need a session to live across
 * requests (the Japa session plugin makes a fresh one per request): a
 * cookie jar over fetch against the test HTTP server, sending the
 * XSRF-TOKEN cookie back as a header like Inertia's client does.
 */
export class WebSession {
  readonly cookies = new Map<string, string>()

  constructor(readonly userAgent = 'Mozilla/5.0 (X11; Linux x86_64) Firefox/140.0') {}

  static baseUrl() {
    return `http://${env.get('HOST', '127.0.0.1')}:${env.get('PORT', 3333)}`
  }

  /** Signs in through the real login form. */
  static async login(email: string, password: string, userAgent?: string) {
    const web = new WebSession(userAgent)
    await web.request('GET', '/login')
    const response = await web.request('POST', '/login', { email, password })
    if (response.status !== 302 || response.headers.get('location') !== '/dashboard') {
      throw new Error(`Login as ${email} failed (${response.status})`)
    }
    return web
  }

  async request(method: string, path: string, form?: Record<string, string>, inertia = false) {
    const headers: Record<string, string> = {
      'user-agent': this.userAgent,
      'cookie': [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; '),
    }
    const xsrf = this.cookies.get('XSRF-TOKEN')
    if (xsrf) headers['x-xsrf-token'] = decodeURIComponent(xsrf)
    if (form) headers['content-type'] = 'application/x-www-form-urlencoded'
    if (inertia) {
      headers['x-inertia'] = 'true'
      headers['x-inertia-version'] = String(app.config.get('inertia.assetsVersion', '1'))
    }
    const response = await fetch(`${WebSession.baseUrl()}${path}`, {
      method,
      headers,
      body: form ? new URLSearchParams(form) : undefined,
      redirect: 'manual',
    })
    for (const cookie of response.headers.getSetCookie()) {
      const [pair, ...attributes] = cookie.split(';')
      const separator = pair.indexOf('=')
      const name = pair.slice(0, separator).trim()
      const expired = attributes.some((attribute) => /^\s*max-age=(0|-)/i.test(attribute))
      if (expired) this.cookies.delete(name)
      else this.cookies.set(name, pair.slice(separator + 1).trim())
    }
    return response
  }

  /** The Inertia page object of a GET, or null when the answer is not a page. */
  async page(path: string) {
    const response = await this.request('GET', path, undefined, true)
    if (response.headers.get('x-inertia') !== 'true') return { response, page: null }
    return {
      response,
      page: (await response.json()) as { component: string; props: Record<string, any> },
    }
  }
}
