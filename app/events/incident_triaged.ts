import { BaseEvent } from '@adonisjs/core/events'
import type Incident from '#models/incident'

/**
 * An incident was triaged: type, severities and assignees are set (after commit).
 */
export default class IncidentTriaged extends BaseEvent {
  constructor(
    public incident: Incident,
    public actorId: number | null
  ) {
    super()
  }
}
