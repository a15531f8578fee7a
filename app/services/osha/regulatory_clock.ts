/**
 * Reporting deadlines to the authority (29 CFR 1904.39): a fatality within
 * 8 hours, an in-patient hospitalisation, amputation or loss of an eye
 * within 24 hours, counted here from the time of the event.
 */
export type SevereOutcome = 'fatality' | 'hospitalisation' | 'amputation' | 'loss_of_eye'

const HOURS: Record<SevereOutcome, number> = {
  fatality: 8,
  hospitalisation: 24,
  amputation: 24,
  loss_of_eye: 24,
}

export type RegulatoryClock = {
  outcome: SevereOutcome
  hours: number
  deadline: Date
  /** When the "deadline approaching" reminder is due */
  halfTime: Date
}

const HOUR = 60 * 60 * 1000

/** The strictest clock among the outcomes, or null when none applies. */
export function regulatoryClock(
  occurredAt: Date,
  outcomes: SevereOutcome[]
): RegulatoryClock | null {
  const strictest = [...outcomes].sort((a, b) => HOURS[a] - HOURS[b])[0]
  if (!strictest) return null
  const hours = HOURS[strictest]
  return {
    outcome: strictest,
    hours,
    deadline: new Date(occurredAt.getTime() + hours * HOUR),
    halfTime: new Date(occurredAt.getTime() + (hours * HOUR) / 2),
  }
}

/** Milliseconds left before the deadline (negative once it passed). */
export function timeLeft(clock: RegulatoryClock, now = new Date()) {
  return clock.deadline.getTime() - now.getTime()
}
