import type { IncidentStatus } from '#app/data/incidents'
import { InvalidTransitionException } from '#exceptions/invalid_transition_exception'
import { MissingPrerequisitesException } from '#exceptions/missing_prerequisites_exception'
import type { ClosureFacts } from '#services/incident_closure'

/** What a step may need, from the incident as it is and from the request. */
export type WorkflowSubject = {
  status: IncidentStatus
  type: string | null
  actualSeverity: number | null
  potentialSeverity: number | null
  responsibleManagerId: number | null
  investigatorId: number | null
  lessonsLearned: string | null
  /** Read from the investigation and the corrective actions when closing */
  closure?: ClosureFacts
}

export type TransitionInput = { reason?: string | null; lessonsLearned?: string | null }

/** The permission a step needs, read by IncidentPolicy. */
export type StepAbility = 'triage' | 'progress' | 'close' | 'reopen'

const STEPS: Record<IncidentStatus, Partial<Record<IncidentStatus, StepAbility>>> = {
  reported: { triaged: 'triage' },
  triaged: { under_investigation: 'progress' },
  under_investigation: { actions_pending: 'progress' },
  actions_pending: { closed: 'close' },
  closed: { under_investigation: 'reopen' },
}

const filled = (value: unknown) =>
  value !== null && value !== undefined && String(value).trim() !== ''

/**
 * The incident state machine of DOMAIN.md:
 * reported → triaged → under_investigation → actions_pending → closed, and
 * closed → under_investigation on reopen (a reason is required). Each step
 * states what it needs; a refused step throws InvalidTransitionException
 * (422) naming what is missing. Closing needs the investigation's root
 * cause, lessons learned and every corrective action done or verified
 * (verified for critical incidents); its refusal lists all that is missing.
 */
export class IncidentWorkflow {
  static next(from: IncidentStatus): IncidentStatus[] {
    return Object.keys(STEPS[from]) as IncidentStatus[]
  }

  static ability(from: IncidentStatus, to: IncidentStatus): StepAbility | null {
    return STEPS[from][to] ?? null
  }

  static isReopen(from: IncidentStatus, to: IncidentStatus) {
    return this.ability(from, to) === 'reopen'
  }

  /** Fields the step still needs; empty when it may happen. */
  static missing(
    subject: WorkflowSubject,
    to: IncidentStatus,
    input: TransitionInput = {}
  ): string[] {
    const needs: string[] = []
    const require = (field: string, value: unknown) => {
      if (!filled(value)) needs.push(field)
    }
    switch (this.ability(subject.status, to)) {
      case 'triage':
        require('type', subject.type)
        require('actual_severity', subject.actualSeverity)
        require('potential_severity', subject.potentialSeverity)
        require('responsible_manager', subject.responsibleManagerId)
        require('investigator', subject.investigatorId)
        break
      case 'progress':
        require('investigator', subject.investigatorId)
        break
      case 'close':
        require('root_cause', subject.closure?.rootCause)
        require('lessons_learned', input.lessonsLearned ?? subject.lessonsLearned)
        for (const number of subject.closure?.unfinishedActions ?? []) {
          needs.push(`action_unfinished:${number}`)
        }
        for (const number of subject.closure?.unverifiedActions ?? []) {
          needs.push(`action_unverified:${number}`)
        }
        break
      case 'reopen':
        require('reason', input.reason)
        break
    }
    return needs
  }

  /** Throws unless the incident may move to `to` now. */
  static assert(subject: WorkflowSubject, to: IncidentStatus, input: TransitionInput = {}) {
    const from = subject.status
    if (!this.ability(from, to)) {
      throw new InvalidTransitionException('incidents.errors.illegal_transition', { from, to })
    }
    const missing = this.missing(subject, to, input)
    if (missing.length && this.ability(from, to) === 'close') {
      throw new MissingPrerequisitesException(
        'investigations.close.requires',
        'investigations.close.missing',
        missing.map((entry) => {
          const [key, number] = entry.split(':')
          return { key, data: { number } }
        })
      )
    }
    if (missing.length) {
      throw new InvalidTransitionException(`incidents.errors.requires.${missing[0]}`, {
        from,
        to,
        missing,
      })
    }
  }
}
