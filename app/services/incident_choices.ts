import Site from '#models/site'
import User from '#models/user'
import {
  INCIDENT_STATUSES,
  INCIDENT_TYPES,
  PERSON_ROLES,
  PERSON_TYPES,
  SEVERITIES,
  TREATMENTS,
} from '#app/data/incidents'

/**
 * Options the incident forms offer: sites with their locations and
 * departments, and the people who can be assigned.
 */
export class IncidentChoices {
  /** The fixed lists of the domain, so pages never hard-code them. */
  static vocabulary() {
    return {
      types: [...INCIDENT_TYPES],
      statuses: [...INCIDENT_STATUSES],
      severities: [...SEVERITIES],
      personRoles: [...PERSON_ROLES],
      personTypes: [...PERSON_TYPES],
      treatments: [...TREATMENTS],
    }
  }

  static async sites() {
    const sites = await Site.query()
      .select('id', 'name')
      .preload('locations', (query) => query.select('id', 'site_id', 'name').orderBy('name'))
      .preload('departments', (query) => query.select('id', 'site_id', 'name').orderBy('name'))
      .orderBy('name')
    return sites.map((site) => ({
      id: site.id,
      name: site.name,
      locations: site.locations.map((location) => ({ id: location.id, name: location.name })),
      departments: site.departments.map((department) => ({
        id: department.id,
        name: department.name,
      })),
    }))
  }

  static async assignees() {
    const users = await User.query().select('id', 'name').where('status', 'active').orderBy('name')
    return users.map((user) => ({ id: user.id, name: user.name }))
  }
}
