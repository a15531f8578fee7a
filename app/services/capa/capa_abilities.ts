import type { HttpContext } from '@adonisjs/core/http'
import type CorrectiveAction from '#models/corrective_action'
import { CapaWorkflow, type CapaStep } from '#services/capa/capa_workflow'

const STEP_ABILITY: Record<CapaStep, 'start' | 'complete' | 'verify' | 'sendBack' | 'cancel'> = {
  start: 'start',
  complete: 'complete',
  verify: 'verify',
  send_back: 'sendBack',
  cancel: 'cancel',
}

/** The policy method that decides a step. */
export function abilityFor(step: CapaStep) {
  return STEP_ABILITY[step]
}

/**
 * What the current user may do with an action, as booleans for the UI:
 * a step shows only when the workflow allows it now and the policy does.
 */
export async function capaAbilities(bouncer: HttpContext['bouncer'], action: CorrectiveAction) {
  const policy = bouncer.with('CorrectiveActionPolicy')
  const available = CapaWorkflow.available(action.status)
  const steps: Partial<Record<CapaStep, boolean>> = {}
  for (const step of Object.keys(STEP_ABILITY) as CapaStep[]) {
    steps[step] = available.includes(step) && (await policy.allows(abilityFor(step), action))
  }
  return { update: await policy.allows('update', action), ...steps }
}
