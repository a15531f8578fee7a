import { test } from '@japa/runner'
import {
  CAPA_STEPS,
  CapaTransitionException,
  CapaWorkflow,
  type CapaStatus,
  type CapaStep,
} from '#services/capa/capa_workflow'

const STATUSES: CapaStatus[] = ['open', 'in_progress', 'done', 'verified', 'cancelled']
const STEPS = Object.keys(CAPA_STEPS) as CapaStep[]

/** The lifecycle as the issue states it, written out independently of CAPA_STEPS. */
const EXPECTED: Record<string, CapaStatus> = {
  'open:start': 'in_progress',
  'open:complete': 'done',
  'open:cancel': 'cancelled',
  'in_progress:complete': 'done',
  'in_progress:cancel': 'cancelled',
  'done:verify': 'verified',
  'done:send_back': 'in_progress',
  'done:cancel': 'cancelled',
}

test.group('CAPA workflow', () => {
  for (const status of STATUSES) {
    for (const step of STEPS) {
      const expected = EXPECTED[`${status}:${step}`]
      if (expected) {
        test(`${step} takes an ${status} action to ${expected}`, ({ assert }) => {
          assert.equal(CapaWorkflow.target(status, step), expected)
          assert.include(CapaWorkflow.available(status), step)
        })
      } else {
        test(`${step} is refused while the action is ${status}`, ({ assert }) => {
          assert.throws(() => CapaWorkflow.target(status, step), CapaTransitionException)
          assert.notInclude(CapaWorkflow.available(status), step)
        })
      }
    }
  }

  test('verified and cancelled actions are final', ({ assert }) => {
    assert.deepEqual(CapaWorkflow.available('verified'), [])
    assert.deepEqual(CapaWorkflow.available('cancelled'), [])
  })

  test('the refusal is a 422 that names the step and the status', ({ assert }) => {
    try {
      CapaWorkflow.target('verified', 'complete')
      assert.fail('expected a refusal')
    } catch (error) {
      assert.instanceOf(error, CapaTransitionException)
      assert.equal((error as CapaTransitionException).status, 422)
      assert.deepEqual((error as CapaTransitionException).data, {
        step: 'complete',
        from: 'verified',
      })
    }
  })
})
