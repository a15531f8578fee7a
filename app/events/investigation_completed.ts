import { BaseEvent } from '@adonisjs/core/events'
import type Incident from '#models/incident'
import type Investigation from '#models/investigation'

/**
 * The investigator signed the investigation off. Dispatched once, after
 * commit.
 */
export default class InvestigationCompleted extends BaseEvent {
  constructor(
    public incident: Incident,
    public investigation: Investigation,
    public actorId: number | null
  ) {
    super()
  }
}
