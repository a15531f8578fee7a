import { BaseEvent } from '@adonisjs/core/events'
import type CorrectiveAction from '#models/corrective_action'

/**
 * An action passed its due date unfinished. The overdue job dispatches it
 * once per action (until the due date moves).
 */
export default class CapaOverdue extends BaseEvent {
  constructor(public action: CorrectiveAction) {
    super()
  }
}
