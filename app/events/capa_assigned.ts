import { BaseEvent } from '@adonisjs/core/events'
import type CorrectiveAction from '#models/corrective_action'

/**
 * An action was created for, or reassigned to, its assignee. Dispatched once, after commit.
 */
export default class CapaAssigned extends BaseEvent {
  constructor(
    public action: CorrectiveAction,
    public actorId: number | null
  ) {
    super()
  }
}
