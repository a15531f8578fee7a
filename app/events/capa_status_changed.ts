import { BaseEvent } from '@adonisjs/core/events'
import type CorrectiveAction from '#models/corrective_action'
import type { CapaStatus } from '#services/capa/capa_workflow'

/**
 * An action moved along its lifecycle. Dispatched once, after commit.
 */
export default class CapaStatusChanged extends BaseEvent {
  constructor(
    public action: CorrectiveAction,
    public from: CapaStatus,
    public to: CapaStatus,
    public actorId: number | null
  ) {
    super()
  }
}
