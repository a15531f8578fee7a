import { DateTime } from 'luxon'
import { Exception } from '@adonisjs/core/exceptions'
import string from '@adonisjs/core/helpers/string'
import type { Infer } from '@vinejs/vine/types'
import type { ModelQueryBuilderContract } from '@adonisjs/lucid/types/model'
import Incident from '#models/incident'
import type User from '#models/user'
import IncidentPolicy from '#policies/incident_policy'
import { PermissionService } from '#services/permission_service'
import type { incidentFiltersValidator } from '#validators/incident'

export type IncidentFilters = Infer<typeof incidentFiltersValidator>

export const INCIDENTS_PER_PAGE = 25

/** Every column but the search vector, which lists never need. */
export const LIST_COLUMNS = Incident.$columns.map(
  (column) => `incidents.${string.snakeCase(column)}`
)

const SORTS: Record<string, [string, 'asc' | 'desc']> = {
  'occurred_at': ['occurred_at', 'asc'],
  '-occurred_at': ['occurred_at', 'desc'],
  'number': ['number', 'asc'],
  '-number': ['number', 'desc'],
  'severity': ['potential_severity', 'asc'],
  '-severity': ['potential_severity', 'desc'],
}

type Query = ModelQueryBuilderContract<typeof Incident>

/**
 * Reading incidents: the list a user may see (their sites, their own
 * reports and assignments), its filters, full-text search and sort, and
 * the lookup of one incident that hides what the user may not read.
 */
export class IncidentQueries {
  /**
   * Narrows the query to what the user may read. Returns nothing on
   * purpose: an async function returning the (thenable) query would run it.
   */
  static async visibleTo(user: User, query: Query): Promise<void> {
    const permissions = await PermissionService.forUser(user)
    const sites = permissions.sitesFor('incidents', 'read')
    if (sites === 'all') return
    query.where((scope) => {
      scope
        .where('incidents.reporter_id', user.id)
        .orWhere('incidents.investigator_id', user.id)
        .orWhere('incidents.responsible_manager_id', user.id)
      if (sites.length) scope.orWhereIn('incidents.site_id', sites)
    })
  }

  static async list(user: User, filters: IncidentFilters) {
    const query = Incident.query()
      .select(LIST_COLUMNS)
      .preload('site', (site) => site.select('id', 'name'))
      .preload('location', (location) => location.select('id', 'name'))
      .preload('reporter', (reporter) => reporter.select('id', 'name'))
      .preload('investigator', (investigator) => investigator.select('id', 'name'))
    await this.visibleTo(user, query)
    this.filter(query, filters, user)
    const [column, direction] = SORTS[filters.sort ?? '-occurred_at']
    /* Only severities are nullable; the other sorts stay index scans. */
    if (column === 'potential_severity') {
      query.orderByRaw(`incidents.${column} ${direction} NULLS LAST`)
    } else {
      query.orderBy(`incidents.${column}`, direction)
    }
    query.orderBy('incidents.id', direction)
    return query.paginate(filters.page ?? 1, filters.perPage ?? INCIDENTS_PER_PAGE)
  }

  static filter(query: Query, filters: IncidentFilters, user: User) {
    if (filters.status) query.where('incidents.status', filters.status)
    if (filters.type) query.where('incidents.type', filters.type)
    if (filters.site) query.where('incidents.site_id', filters.site)
    if (filters.severity) {
      query.whereRaw('GREATEST(incidents.actual_severity, incidents.potential_severity) >= ?', [
        filters.severity,
      ])
    }
    if (filters.psif !== undefined) query.where('incidents.is_psif', filters.psif)
    if (filters.from) {
      query.where(
        'incidents.occurred_at',
        '>=',
        DateTime.fromJSDate(filters.from).startOf('day').toISO()!
      )
    }
    if (filters.to) {
      query.where(
        'incidents.occurred_at',
        '<',
        DateTime.fromJSDate(filters.to).plus({ days: 1 }).startOf('day').toISO()!
      )
    }
    if (filters.assigned === 'me') {
      query.where((mine) =>
        mine
          .where('incidents.investigator_id', user.id)
          .orWhere('incidents.responsible_manager_id', user.id)
      )
    }
    if (filters.reported === 'me') query.where('incidents.reporter_id', user.id)
    if (filters.search) {
      const search = filters.search
      query.where((match) =>
        match
          .whereRaw(`incidents.search @@ websearch_to_tsquery('simple', ?)`, [search])
          .orWhere('incidents.number', search.toUpperCase())
      )
    }
    return query
  }

  /** The incident, if the user may read it; otherwise 404, so ids reveal nothing. */
  static async findReadable(id: number, user: User) {
    const incident = Number.isSafeInteger(id) ? await Incident.find(id) : null
    if (!incident || !(await new IncidentPolicy().view(user, incident))) {
      throw new Exception('Incident not found', { status: 404, code: 'E_NOT_FOUND' })
    }
    return incident
  }

  /** Relations of the detail page. */
  static async loadDetail(incident: Incident) {
    await incident.load((loader) => {
      loader
        .load('site')
        .load('location')
        .load('department')
        .load('reporter', (query) => query.select('id', 'name'))
        .load('responsibleManager', (query) => query.select('id', 'name'))
        .load('investigator', (query) => query.select('id', 'name'))
        .load('people', (query) =>
          query.orderBy('id').preload('user', (u) => u.select('id', 'name'))
        )
    })
    return incident
  }
}
