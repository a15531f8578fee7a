import app from '@adonisjs/core/services/app'
import mail from '@adonisjs/mail/services/main'
import logger from '@adonisjs/core/services/logger'
import type { BaseMail } from '@adonisjs/mail'

type RetryPolicy = { attempts: number; baseMs: number; maxMs: number }

const sleep = (ms: number) =>
  new Promise<void>((resolve) => {
    setTimeout(resolve, ms).unref()
  })

/** Resolves after `ms`, or at once when woken (shutdown). */
function pause(ms: number, sleepers: Set<() => void>) {
  return new Promise<void>((resolve) => {
    const wake = () => {
      clearTimeout(timer)
      sleepers.delete(wake)
      resolve()
    }
    const timer = setTimeout(wake, ms)
    timer.unref()
    sleepers.add(wake)
  })
}

/**
 * Mail that must not fail the request that caused it: sent in the
 * background, retried with exponential backoff (1 s, 2 s, 4 s ... capped),
 * every failure logged, the last one as an error. Retries live in this
 * process: a restart drops them (the in-app item is already stored).
 */
export class MailOutbox {
  static retry: RetryPolicy = { attempts: 8, baseMs: 1_000, maxMs: 60_000 }
  static #inFlight = new Map<Promise<boolean>, Record<string, unknown>>()
  static #sleepers = new Set<() => void>()
  static #closing = false
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
    this.#closing = true
    for (const wake of [...this.#sleepers]) wake()
    await Promise.race([this.settle(), sleep(graceMs)])
  }

  /** After `close()` in tests: retries work again. */
  static reopen() {
    this.#closing = false
  }

  static async #deliver(build: () => BaseMail, context: Record<string, unknown>) {
    const { attempts } = this.retry
    for (let attempt = 1; attempt <= attempts; attempt++) {
      if (attempt > 1) await pause(this.delayBefore(attempt), this.#sleepers)
      if (attempt > 1 && this.#closing) {
        logger.warn({ ...context, attempt, attempts }, 'notification mail dropped at shutdown')
        return false
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
