import { BaseEvent } from '@adonisjs/core/events'
import type Incident from '#models/incident'

export type Assignment = { role: 'responsible_manager' | 'investigator'; userId: number | null }

/**
 * The responsible manager or the investigator of an incident changed (after commit).
 */
export default class IncidentAssigned extends BaseEvent {
  constructor(
    public incident: Incident,
    public assignments: Assignment[],
    public actorId: number | null
  ) {
    super()
  }
}
