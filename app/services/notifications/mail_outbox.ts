import { setTimeout as sleep } from 'node:timers/promises'
import app from '@adonisjs/core/services/app'
import mail from '@adonisjs/mail/services/main'
import logger from '@adonisjs/core/services/logger'
import type { BaseMail } from '@adonisjs/mail'

type RetryPolicy = { attempts: number; baseMs: number; maxMs: number }

/**
 * Mail that must not fail the request that caused it: sent in the
 * background, retried with exponential backoff (1 s, 2 s, 4 s ... capped),
 * every failure logged, the last one as an error. Retries live in this
 * process: a restart drops them (the in-app item is already stored).
 */
export class MailOutbox {
  static retry: RetryPolicy = { attempts: 8, baseMs: 1_000, maxMs: 60_000 }
  static #inFlight = new Map<Promise<boolean>, Record<string, unknown>>()
  /** Aborted on shutdown: ends every backoff wait at once */
  static #closing = new AbortController()
  static #closesOnShutdown = false

  static delayBefore(attempt: number) {
    return Math.min(this.retry.maxMs, this.retry.baseMs * 2 ** (attempt - 2))
  }

  /** `build` is called for each attempt: a mail instance is prepared once. */
  static enqueue(build: () => BaseMail, context: Record<string, unknown>) {
    /* Terminating hooks run before providers shut down (the mail provider closes the transports) */
    if (!this.#closesOnShutdown) {
      this.#closesOnShutdown = true
      app.terminating(() => this.close())
    }
    const job = this.#deliver(build, context)
    this.#inFlight.set(job, context)
    void job.finally(() => this.#inFlight.delete(job))
    return job
  }

  /** Resolves once the queued mails (those matching `which`) were sent or given up. */
  static async settle(which: (context: Record<string, unknown>) => boolean = () => true) {
    const jobs = [...this.#inFlight].filter(([, context]) => which(context))
    await Promise.all(jobs.map(([job]) => job))
  }

  /**
   * Shutdown: mails waiting to be retried are given up at once (logged),
   * and sends already under way get `graceMs` to finish, so a burst of
   * failing mail cannot keep a stopping process alive through its backoff.
   */
  static async close(graceMs = 5_000) {
    this.#closing.abort()
    await Promise.race([this.settle(), sleep(graceMs, undefined, { ref: false })])
  }

  /** After `close()` in tests: retries work again. */
  static reopen() {
    this.#closing = new AbortController()
  }

  static async #deliver(build: () => BaseMail, context: Record<string, unknown>) {
    const { attempts } = this.retry
    for (let attempt = 1; attempt <= attempts; attempt++) {
      if (attempt > 1) {
        const { signal } = this.#closing
        await sleep(this.delayBefore(attempt), undefined, { ref: false, signal }).catch(() => {})
        if (signal.aborted) {
          logger.warn({ ...context, attempt, attempts }, 'notification mail dropped at shutdown')
          return false
        }
      }
      try {
        await mail.send(build())
        if (attempt > 1) logger.info({ ...context, attempt }, 'notification mail sent after retry')
        return true
      } catch (error) {
        const last = attempt === attempts
        logger[last ? 'error' : 'warn'](
          { ...context, err: error, attempt, attempts },
          last ? 'notification mail given up' : 'notification mail failed, will retry'
        )
      }
    }
    return false
  }
}
