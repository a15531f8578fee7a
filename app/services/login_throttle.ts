import limiter from '@adonisjs/limiter/services/main'
import type { HttpContext } from '@adonisjs/core/http'

const WINDOW = '15 mins'
const MAX_FAILURES = 5

/**
 * Counts failed logins per email + IP and per IP. Five failures within 15
 * minutes block further attempts on that key for 15 minutes.
 */
export class LoginThrottle {
  private limiter = limiter.use({ requests: MAX_FAILURES, duration: WINDOW, blockDuration: WINDOW })
  private emailKey: string
  private ipKey: string

  constructor(ctx: HttpContext, email: string) {
    const ip = ctx.request.ip()
    this.emailKey = `login:${email.trim().toLowerCase()}:${ip}`
    this.ipKey = `login_ip:${ip}`
  }

  /** Seconds until another attempt is allowed, or 0 when not blocked. */
  async retryAfter(): Promise<number> {
    for (const key of [this.emailKey, this.ipKey]) {
      if (await this.limiter.isBlocked(key)) {
        return Math.max(1, await this.limiter.availableIn(key))
      }
    }
    return 0
  }

  /** Records a failure; returns the retry delay when this failure locked the key. */
  async fail(): Promise<number> {
    let retry = 0
    for (const key of [this.emailKey, this.ipKey]) {
      const response = await this.limiter.increment(key)
      if (response.remaining <= 0) {
        await this.limiter.block(key, WINDOW)
        retry = Math.max(retry, await this.limiter.availableIn(key))
      }
    }
    return retry
  }

  async succeed() {
    await this.limiter.delete(this.emailKey)
  }
}
