import type { BaseCommand } from '@adonisjs/core/ace'
import type { Redactor } from '#services/deploy/redactor'

type Logger = BaseCommand['logger']

export interface StepHandle {
  done(detail?: string): void
  fail(reason: string): void
  skip(reason: string): void
}

/**
 * What the deploy services print, so they stay independent of Ace and
 * every message passes through the redactor in one place.
 */
export interface DeployReporter {
  /** Starts a step; `announce` prints a line up front for steps that take a while. */
  step(title: string, announce?: boolean): StepHandle
  info(message: string): void
  success(message: string): void
  warn(message: string): void
  error(message: string): void
  /** A line of flyctl's own output, streamed while it runs. */
  output(line: string): void
}

/** Prints deploy progress through the Ace logger, masking secrets. */
export class AceReporter implements DeployReporter {
  constructor(
    private logger: Logger,
    private redactor: Redactor
  ) {}

  step(title: string, announce = false): StepHandle {
    const safeTitle = this.redactor.mask(title)
    if (announce) this.logger.log(this.logger.getColors().dim(`→ ${safeTitle} …`))
    const action = this.logger.action(safeTitle).displayDuration(true)
    return {
      done: (detail) => {
        action.succeeded()
        if (detail) this.info(`  ${detail}`)
      },
      fail: (reason) => action.failed(this.redactor.mask(reason)),
      skip: (reason) => action.skipped(this.redactor.mask(reason)),
    }
  }

  info(message: string) {
    this.logger.info(this.redactor.mask(message))
  }

  success(message: string) {
    this.logger.success(this.redactor.mask(message))
  }

  warn(message: string) {
    this.logger.warning(this.redactor.mask(message))
  }

  error(message: string) {
    this.logger.error(this.redactor.mask(message))
  }

  output(line: string) {
    this.logger.log(this.logger.getColors().dim(`  │ ${this.redactor.mask(line)}`))
  }
}
