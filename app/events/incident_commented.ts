import { BaseEvent } from '@adonisjs/core/events'
import type Incident from '#models/incident'

/**
 * Someone commented on an incident's timeline (after commit).
 */
export default class IncidentCommented extends BaseEvent {
  constructor(
    public incident: Incident,
    public timelineEntryId: number,
    public actorId: number | null
  ) {
    super()
  }
}
