/*
|--------------------------------------------------------------------------
| Record types
|--------------------------------------------------------------------------
|
| Each module registers its records once, so the shared mechanisms
| (comments, attachments, audit views, corrective actions) can find them
| and ask the module's own policy who may read and update them.
|
*/

import CorrectiveAction from '#models/corrective_action'
import CorrectiveActionPolicy from '#policies/corrective_action_policy'
import { RecordTypes } from '#services/records/record_types'

const capaPolicy = new CorrectiveActionPolicy()

/* Corrective actions: their evidence and comments belong to whoever works them */
RecordTypes.register<CorrectiveAction>('capa', {
  find: (id) => CorrectiveAction.find(id),
  canRead: (user, action) => capaPolicy.view(user, action),
  canUpdate: (user, action) => capaPolicy.complete(user, action),
  summarise: (action) => ({ siteId: action.siteId, managerId: null, label: action.number }),
})
