import { BaseEvent } from '@adonisjs/core/events'
import type RegulatoryReport from '#models/regulatory_report'

/**
 * Half of the time to report a severe outcome to the authority has gone
 * and it is not reported yet. The clock job dispatches it once per report.
 */
export default class RegulatoryDeadlineApproaching extends BaseEvent {
  constructor(public report: RegulatoryReport) {
    super()
  }
}
