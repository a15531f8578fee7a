import { randomInt } from 'node:crypto'
import type { ServerProcess } from '#tests/helpers/server_process'

/**
 * A minimal browser for a server running as a child process: keeps the
 * cookies it is given, sends the XSRF token back as Inertia does, never
 * follows redirects. Each instance claims its own client IP (the server
 * trusts X-Forwarded-For from loopback), so login throttling shared
 * through Redis never couples one test to another.
 */
export class WebClient {
  readonly cookies = new Map<string, string>()
  readonly ip = `198.51.100.${randomInt(1, 255)}`

  constructor(readonly server: ServerProcess) {}

  cookieHeader() {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ')
  }

  /** Headers a browser would send with a form post from our pages. */
  formHeaders(): Record<string, string> {
    const xsrf = this.cookies.get('XSRF-TOKEN')
    if (!xsrf) throw new Error('No XSRF-TOKEN cookie yet: visit a page first')
    return {
      'cookie': this.cookieHeader(),
      'x-xsrf-token': decodeURIComponent(xsrf),
      'x-forwarded-for': this.ip,
      'content-type': 'application/x-www-form-urlencoded',
    }
  }

  async request(path: string, init: RequestInit = {}) {
    const headers = new Headers(init.headers)
    if (!headers.has('cookie') && this.cookies.size) headers.set('cookie', this.cookieHeader())
    if (!headers.has('x-forwarded-for')) headers.set('x-forwarded-for', this.ip)
    const response = await fetch(this.server.url(path), { ...init, headers, redirect: 'manual' })
    for (const cookie of response.headers.getSetCookie()) {
      const [pair] = cookie.split(';')
      const separator = pair.indexOf('=')
      const name = pair.slice(0, separator).trim()
      const value = pair.slice(separator + 1).trim()
      if (/max-age=0|expires=thu, 01 jan 1970/i.test(cookie)) this.cookies.delete(name)
      else this.cookies.set(name, value)
    }
    return response
  }

  get(path: string, headers: Record<string, string> = {}) {
    return this.request(path, { headers })
  }

  postForm(path: string, form: Record<string, string>, headers: Record<string, string> = {}) {
    return this.request(path, {
      method: 'POST',
      headers: { ...this.formHeaders(), ...headers },
      body: new URLSearchParams(form).toString(),
    })
  }
}

/** The Inertia page object embedded in a full HTML response. */
export function pageObject(html: string) {
  const match = html.match(/<script data-page="app" type="application\/json">(.*?)<\/script>/s)
  if (!match) throw new Error('The response holds no Inertia page object')
  return JSON.parse(match[1]) as {
    component: string
    props: Record<string, unknown>
    version?: string
  }
}

/** Markers of a stack trace or server internals in a response body. */
export const LEAK_MARKERS = [/\bat\s+\S+\s+\(/, /node_modules/, /\.(ts|js):\d+/, /"stack"/]
