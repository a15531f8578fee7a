import { BasePolicy } from '@adonisjs/bouncer'
import type User from '#models/user'
import type Incident from '#models/incident'
import { PermissionService } from '#services/permission_service'

type Subject = Pick<Incident, 'siteId' | 'type' | 'investigatorId'>

/**
 * OSHA recordability: whoever works the incident (its investigator or
 * incidents.update on the site) answers the assessment; deciding and
 * recording the report to the authority take incidents.approve.
 */
export default class RecordabilityPolicy extends BasePolicy {
  async assess(user: User, incident: Subject) {
    if (!user.isActive || incident.type !== 'injury_illness') return false
    if (incident.investigatorId === user.id) return true
    return PermissionService.can(user, 'incidents', 'update', { site: incident.siteId })
  }

  async decide(user: User, incident: Subject) {
    if (!user.isActive || incident.type !== 'injury_illness') return false
    return PermissionService.can(user, 'incidents', 'approve', { site: incident.siteId })
  }

  report(user: User, incident: Subject) {
    return this.decide(user, incident)
  }
}
