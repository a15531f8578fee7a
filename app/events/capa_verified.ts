import { BaseEvent } from '@adonisjs/core/events'
import type CorrectiveAction from '#models/corrective_action'

/**
 * A done action was verified, with its effectiveness review. Dispatched once, after commit.
 */
export default class CapaVerified extends BaseEvent {
  constructor(
    public action: CorrectiveAction,
    public actorId: number | null
  ) {
    super()
  }
}
