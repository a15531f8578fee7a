import { BaseEvent } from '@adonisjs/core/events'
import type Incident from '#models/incident'
import type RecordabilityAssessment from '#models/recordability_assessment'

/** A manager confirmed or overrode the proposed recordability. Once, after commit. */
export default class RecordabilityDecided extends BaseEvent {
  constructor(
    public incident: Incident,
    public assessment: RecordabilityAssessment,
    public actorId: number | null
  ) {
    super()
  }
}
