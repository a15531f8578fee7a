import { BasePolicy } from '@adonisjs/bouncer'
import type User from '#models/user'
import type Incident from '#models/incident'
import { PermissionService } from '#services/permission_service'

type Subject = Pick<Incident, 'siteId' | 'status' | 'investigatorId' | 'responsibleManagerId'>

/**
 * The investigation of an incident is worked while the incident is under
 * investigation, by its assigned investigator or by whoever holds
 * incidents.update on its site. Only the assigned investigator signs it
 * off (or, when none is assigned, a manager with incidents.approve).
 * Everyone who may read the incident reads its investigation.
 */
export default class InvestigationPolicy extends BasePolicy {
  async edit(user: User, incident: Subject) {
    if (!user.isActive || incident.status !== 'under_investigation') return false
    if (incident.investigatorId === user.id) return true
    return PermissionService.can(user, 'incidents', 'update', { site: incident.siteId })
  }

  async signOff(user: User, incident: Subject) {
    if (!user.isActive || incident.status !== 'under_investigation') return false
    if (incident.investigatorId !== null) return incident.investigatorId === user.id
    return PermissionService.can(user, 'incidents', 'approve', { site: incident.siteId })
  }
}
