import { BaseEvent } from '@adonisjs/core/events'
import type Incident from '#models/incident'

/**
 * A new incident was reported (after commit). Anonymous reports carry no actor.
 */
export default class IncidentReported extends BaseEvent {
  constructor(
    public incident: Incident,
    public actorId: number | null
  ) {
    super()
  }
}
