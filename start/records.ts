/*
|--------------------------------------------------------------------------
| Record types
|--------------------------------------------------------------------------
|
| Each module registers its records here once, so the shared comments,
| attachments and downloads (app/services/records) apply its own rules.
|
*/

import Incident from '#models/incident'
import IncidentCommented from '#events/incident_commented'
import IncidentPolicy from '#policies/incident_policy'
import { RecordTypes } from '#services/records/record_types'

const incidents = new IncidentPolicy()

RecordTypes.register<Incident>('incident', {
  find: async (id) => (Number.isSafeInteger(id) ? Incident.find(id) : null),
  canRead: async (user, incident) => incidents.view(user, incident),
  canUpdate: async (user, incident) => incidents.comment(user, incident),
  commented: (incident, entryId, actorId) => {
    void IncidentCommented.dispatch(incident, entryId, actorId)
  },
})
