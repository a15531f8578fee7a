import { DeployError } from '#services/deploy/errors'
import { flyArgs, type Flyctl } from '#services/deploy/flyctl'
import { parseChecks, parseMachines, sameImage } from '#services/deploy/fly_json'
import { pollUntil, probeHealth, type PollOptions } from '#services/deploy/health_poller'
import type { DeployReporter } from '#services/deploy/reporter'

export interface VerifyOptions extends PollOptions {
  healthUrl: string
  /** At least this many machines must be started on the new image. */
  expectedMachines: number
}

/**
 * Decides whether a release is live: the health endpoint answers 200, every
 * Fly health check passes, and the expected number of machines is started
 * on the deployed image with none left on another one. All three are polled
 * together until they hold or the verify timeout passes.
 */
export class ReleaseVerifier {
  constructor(
    private flyctl: Flyctl,
    private app: string,
    private reporter: DeployReporter
  ) {}

  /** Null when the release is verified, else the last reason it was not. */
  verify(image: string, options: VerifyOptions): Promise<string | null> {
    return pollUntil(
      async () => {
        try {
          return (
            (await probeHealth(options.healthUrl)) ??
            (await this.#checks()) ??
            (await this.#machines(image, options.expectedMachines))
          )
        } catch (error) {
          /** A failed flyctl read is retried like any other unmet condition. */
          if (error instanceof DeployError) return error.message
          throw error
        }
      },
      options,
      (problem) => this.reporter.info(`  waiting: ${problem}`)
    )
  }

  async #checks() {
    const checks = parseChecks(await this.flyctl.json(flyArgs.checks(this.app)))
    const failing = checks.filter((check) => check.status !== 'passing')
    if (!failing.length) return null
    const names = failing.map((check) => `${check.name} (${check.status || 'unknown'})`)
    return `${failing.length} of ${checks.length} Fly health checks not passing: ${names.join(', ')}`
  }

  async #machines(image: string, expected: number) {
    const machines = parseMachines(await this.flyctl.json(flyArgs.machines(this.app)))
    const stale = machines.filter((machine) => !sameImage(machine.image, image))
    if (stale.length) {
      const list = stale.map((machine) => `${machine.id} (${machine.image ?? 'no image'})`)
      return `${stale.length} machine(s) not on ${image}: ${list.join(', ')}`
    }
    const started = machines.filter((machine) => machine.state === 'started')
    if (started.length < expected) {
      const states = machines.map((machine) => `${machine.id}: ${machine.state}`)
      return `expected ${expected} started machine(s) on ${image}, found ${started.length} (${states.join(', ') || 'no machines'})`
    }
    return null
  }
}
