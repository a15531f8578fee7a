import { test } from '@japa/runner'
import { INCIDENT_STATUSES, type IncidentStatus } from '#app/data/incidents'
import { IncidentWorkflow, type WorkflowSubject } from '#services/incident_workflow'
import { InvalidTransitionException } from '#exceptions/invalid_transition_exception'
import { MissingPrerequisitesException } from '#exceptions/missing_prerequisites_exception'
import { RuleException } from '#exceptions/rule_exception'

const LEGAL: [IncidentStatus, IncidentStatus][] = [
  ['reported', 'triaged'],
  ['triaged', 'under_investigation'],
  ['under_investigation', 'actions_pending'],
  ['actions_pending', 'closed'],
  ['closed', 'under_investigation'],
]

const ILLEGAL = INCIDENT_STATUSES.flatMap((from) =>
  INCIDENT_STATUSES.filter((to) => !LEGAL.some(([a, b]) => a === from && b === to)).map(
    (to) => [from, to] as [IncidentStatus, IncidentStatus]
  )
)

/** An incident with everything every step could need. */
const complete = (status: IncidentStatus): WorkflowSubject => ({
  status,
  type: 'near_miss',
  actualSeverity: 2,
  potentialSeverity: 4,
  responsibleManagerId: 1,
  investigatorId: 2,
  lessonsLearned: 'Keep the corridor clear',
  closure: {
    rootCause: 'No storage place for ladders',
    unfinishedActions: [],
    unverifiedActions: [],
  },
})

function refusal(run: () => void) {
  try {
    run()
  } catch (error) {
    if (error instanceof RuleException) return error
    throw error
  }
  return null
}

test.group('Incident workflow', () => {
  test('allows {0} → {1}')
    .with(LEGAL)
    .run(({ assert }, [from, to]) => {
      assert.isNull(
        refusal(() => IncidentWorkflow.assert(complete(from), to, { reason: 'New facts' }))
      )
      assert.include(IncidentWorkflow.next(from), to)
    })

  test('refuses {0} → {1} with a 422 naming both statuses')
    .with(ILLEGAL)
    .run(({ assert }, [from, to]) => {
      const error = refusal(() => IncidentWorkflow.assert(complete(from), to, { reason: 'x' }))
      assert.instanceOf(error, InvalidTransitionException)
      assert.equal(error!.status, 422)
      assert.equal(error!.identifier, 'incidents.errors.illegal_transition')
      assert.deepInclude(error!.data, { from, to })
      assert.notInclude(IncidentWorkflow.next(from), to)
    })

  test('the legal steps are exactly the five of DOMAIN.md', ({ assert }) => {
    const steps = INCIDENT_STATUSES.flatMap((from) =>
      IncidentWorkflow.next(from).map((to) => [from, to])
    )
    assert.sameDeepMembers(steps, LEGAL)
    assert.lengthOf(ILLEGAL, 25 - LEGAL.length)
  })

  test('triage needs type, both severities, a responsible manager and an investigator', ({
    assert,
  }) => {
    const bare = { ...complete('reported'), actualSeverity: null, investigatorId: null }
    assert.deepEqual(IncidentWorkflow.missing(bare, 'triaged'), ['actual_severity', 'investigator'])
    const error = refusal(() => IncidentWorkflow.assert(bare, 'triaged'))
    assert.equal(error!.identifier, 'incidents.errors.requires.actual_severity')
  })

  test('closing requires lessons learned, from the incident or the request', ({ assert }) => {
    const without = { ...complete('actions_pending'), lessonsLearned: null }
    assert.deepEqual(IncidentWorkflow.missing(without, 'closed'), ['lessons_learned'])
    assert.deepEqual(IncidentWorkflow.missing(without, 'closed', { lessonsLearned: '  ' }), [
      'lessons_learned',
    ])
    assert.deepEqual(IncidentWorkflow.missing(without, 'closed', { lessonsLearned: 'Lock it' }), [])
  })

  test('closing lists every missing prerequisite: root cause, lessons, unfinished actions', ({
    assert,
  }) => {
    const subject: WorkflowSubject = {
      ...complete('actions_pending'),
      lessonsLearned: null,
      closure: {
        rootCause: null,
        unfinishedActions: ['CA-2026-0001', 'CA-2026-0002'],
        unverifiedActions: ['CA-2026-0003'],
      },
    }
    assert.deepEqual(IncidentWorkflow.missing(subject, 'closed'), [
      'root_cause',
      'lessons_learned',
      'action_unfinished:CA-2026-0001',
      'action_unfinished:CA-2026-0002',
      'action_unverified:CA-2026-0003',
    ])
    const error = refusal(() => IncidentWorkflow.assert(subject, 'closed'))
    assert.instanceOf(error, MissingPrerequisitesException)
    assert.equal(error!.status, 422)
    assert.deepEqual(
      (error as MissingPrerequisitesException).missing.map((item) => item.key),
      [
        'root_cause',
        'lessons_learned',
        'action_unfinished',
        'action_unfinished',
        'action_unverified',
      ]
    )
  })

  test('reopening requires a reason', ({ assert }) => {
    const error = refusal(() => IncidentWorkflow.assert(complete('closed'), 'under_investigation'))
    assert.equal(error!.identifier, 'incidents.errors.requires.reason')
    assert.isTrue(IncidentWorkflow.isReopen('closed', 'under_investigation'))
    assert.isFalse(IncidentWorkflow.isReopen('triaged', 'under_investigation'))
  })

  test('starting the investigation requires an investigator', ({ assert }) => {
    const subject = { ...complete('triaged'), investigatorId: null }
    assert.deepEqual(IncidentWorkflow.missing(subject, 'under_investigation'), ['investigator'])
  })
})
