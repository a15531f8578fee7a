import { BaseEvent } from '@adonisjs/core/events'
import type Incident from '#models/incident'
import type { IncidentStatus } from '#app/data/incidents'

/**
 * An incident moved through its workflow (after commit).
 */
export default class IncidentStatusChanged extends BaseEvent {
  constructor(
    public incident: Incident,
    public from: IncidentStatus,
    public to: IncidentStatus,
    public actorId: number | null
  ) {
    super()
  }
}
