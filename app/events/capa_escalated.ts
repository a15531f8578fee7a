import { BaseEvent } from '@adonisjs/core/events'
import type CorrectiveAction from '#models/corrective_action'

/**
 * An action is more than seven days overdue: it goes to the manager
 * responsible for its source record (null when the record names none;
 * listeners then fall back to the site's managers). Dispatched once.
 */
export default class CapaEscalated extends BaseEvent {
  constructor(
    public action: CorrectiveAction,
    public managerId: number | null
  ) {
    super()
  }
}
