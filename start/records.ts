/*
|--------------------------------------------------------------------------
| Record types
|--------------------------------------------------------------------------
|
| Each module registers its records once, so the shared mechanisms
| (comments, attachments, downloads, audit views, corrective actions) can
| find them and ask the module's own policy who may read and update them.
|
*/

import Incident from '#models/incident'
import CorrectiveAction from '#models/corrective_action'
import WitnessStatement from '#models/witness_statement'
import IncidentCommented from '#events/incident_commented'
import IncidentPolicy from '#policies/incident_policy'
import CorrectiveActionPolicy from '#policies/corrective_action_policy'
import { RecordTypes } from '#services/records/record_types'

const incidents = new IncidentPolicy()
const capaPolicy = new CorrectiveActionPolicy()

RecordTypes.register<Incident>('incident', {
  module: 'incidents',
  find: async (id) => (Number.isSafeInteger(id) ? Incident.find(id) : null),
  canRead: async (user, incident) => incidents.view(user, incident),
  canUpdate: async (user, incident) => incidents.comment(user, incident),
  summarise: (incident) => ({
    siteId: incident.siteId,
    managerId: incident.responsibleManagerId,
    label: incident.number,
  }),
  commented: (incident, entryId, actorId) => IncidentCommented.dispatch(incident, entryId, actorId),
})

/* Corrective actions: their evidence and comments belong to whoever works them */
RecordTypes.register<CorrectiveAction>('capa', {
  find: (id) => CorrectiveAction.find(id),
  canRead: (user, action) => capaPolicy.view(user, action),
  canUpdate: (user, action) => capaPolicy.complete(user, action),
  summarise: (action) => ({ siteId: action.siteId, managerId: null, label: action.number }),
})

/* Witness statements: read with their incident, files added by its investigators */
RecordTypes.register<WitnessStatement>('witness_statement', {
  module: 'incidents',
  find: async (id) => (Number.isSafeInteger(id) ? WitnessStatement.find(id) : null),
  canRead: async (user, statement) => incidents.view(user, await incidentOf(statement)),
  canUpdate: async (user, statement) => incidents.update(user, await incidentOf(statement)),
})

async function incidentOf(statement: WitnessStatement) {
  await statement.load('incident')
  return statement.incident
}
