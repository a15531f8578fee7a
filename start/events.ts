/*
|--------------------------------------------------------------------------
| Events
|--------------------------------------------------------------------------
|
| Listeners subscribe to the class-based events in app/events. A failing
| listener is logged and never breaks the request that dispatched it.
|
*/

import emitter from '@adonisjs/core/services/emitter'
import logger from '@adonisjs/core/services/logger'
import IncidentReported from '#events/incident_reported'
import IncidentAssigned from '#events/incident_assigned'
import IncidentTriaged from '#events/incident_triaged'
import IncidentStatusChanged from '#events/incident_status_changed'
import IncidentCommented from '#events/incident_commented'
import AttachmentAdded from '#events/attachment_added'
import InvestigationCompleted from '#events/investigation_completed'
import RecordabilityDecided from '#events/recordability_decided'
import RegulatoryDeadlineApproaching from '#events/regulatory_deadline_approaching'
import CapaAssigned from '#events/capa_assigned'
import CapaOverdue from '#events/capa_overdue'
import CapaEscalated from '#events/capa_escalated'
import CapaStatusChanged from '#events/capa_status_changed'

const IncidentNotifications = () => import('#listeners/incident_notifications')
const CapaNotifications = () => import('#listeners/capa_notifications')

emitter.onError((event, error) => {
  const name = typeof event === 'function' ? event.name : String(event)
  logger.error({ err: error, event: name }, 'event listener failed')
})

emitter.on(IncidentReported, [IncidentNotifications, 'reported'])
emitter.on(IncidentTriaged, [IncidentNotifications, 'triaged'])
emitter.on(IncidentAssigned, [IncidentNotifications, 'assigned'])
emitter.on(IncidentStatusChanged, [IncidentNotifications, 'statusChanged'])
emitter.on(IncidentCommented, [IncidentNotifications, 'commented'])
emitter.on(AttachmentAdded, [IncidentNotifications, 'attachmentAdded'])
emitter.on(InvestigationCompleted, [IncidentNotifications, 'investigationCompleted'])
emitter.on(RecordabilityDecided, [IncidentNotifications, 'recordabilityDecided'])
emitter.on(RegulatoryDeadlineApproaching, [IncidentNotifications, 'deadlineApproaching'])

emitter.on(CapaAssigned, [CapaNotifications, 'assigned'])
emitter.on(CapaOverdue, [CapaNotifications, 'overdue'])
emitter.on(CapaEscalated, [CapaNotifications, 'escalated'])
emitter.on(CapaStatusChanged, [CapaNotifications, 'statusChanged'])
