import { DateTime } from 'luxon'
import { Exception } from '@adonisjs/core/exceptions'
import string from '@adonisjs/core/helpers/string'
import type { Infer } from '@vinejs/vine/types'
import type { ModelQueryBuilderContract } from '@adonisjs/lucid/types/model'
import { SimplePaginator } from '@adonisjs/lucid/database'
import Incident from '#models/incident'
import type User from '#models/user'
import IncidentPolicy from '#policies/incident_policy'
import { PermissionService } from '#services/permission_service'
import { ListTotals } from '#services/records/list_totals'
import type { incidentFiltersValidator } from '#validators/incident'

export type IncidentFilters = Infer<typeof incidentFiltersValidator>

export const INCIDENTS_PER_PAGE = 25

/** Every column but the search vector, which exports never need. */
export const LIST_COLUMNS = Incident.$columns.map(
  (column) => `incidents.${string.snakeCase(column)}`
)

/** A row of the list: the incident's own columns and the names it shows. */
export type IncidentSummaryRow = Pick<
  Incident,
  | 'id'
  | 'number'
  | 'type'
  | 'title'
  | 'status'
  | 'actualSeverity'
  | 'potentialSeverity'
  | 'isAnonymous'
  | 'siteId'
  | 'locationId'
  | 'reporterId'
  | 'investigatorId'
  | 'responsibleManagerId'
> & {
  occurredAt: Date
  createdAt: Date
  siteName: string
  locationName: string | null
  reporterName: string | null
  investigatorName: string | null
}

const SUMMARY_COLUMNS = [
  'incidents.id',
  'incidents.number',
  'incidents.type',
  'incidents.title',
  'incidents.status',
  'incidents.actual_severity as actualSeverity',
  'incidents.potential_severity as potentialSeverity',
  'incidents.is_anonymous as isAnonymous',
  'incidents.site_id as siteId',
  'incidents.location_id as locationId',
  'incidents.reporter_id as reporterId',
  'incidents.investigator_id as investigatorId',
  'incidents.responsible_manager_id as responsibleManagerId',
  'incidents.occurred_at as occurredAt',
  'incidents.created_at as createdAt',
  'sites.name as siteName',
  'locations.name as locationName',
  'reporters.name as reporterName',
  'investigators.name as investigatorName',
]

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

  /**
   * One page of the list: counted by ListTotals, then the page itself in one
   * joined query read as plain rows. Hydrating 25 models and preloading
   * their four relations cost ~3 ms of CPU per page; the rows carry exactly
   * what the list shows and the policies need.
   */
  static async list(user: User, filters: IncidentFilters) {
    const query = Incident.query()
    await this.visibleTo(user, query)
    this.filter(query, filters, user)
    const page = filters.page ?? 1
    const perPage = filters.perPage ?? INCIDENTS_PER_PAGE
    const total = await ListTotals.count(query)

    const [column, direction] = SORTS[filters.sort ?? '-occurred_at']
    /* Only severities are nullable; the other sorts stay index scans. */
    if (column === 'potential_severity') {
      query.orderByRaw(`incidents.${column} ${direction} NULLS LAST`)
    } else {
      query.orderBy(`incidents.${column}`, direction)
    }
    query.orderBy('incidents.id', direction)
    const rows =
      total > 0
        ? await query
            .select(SUMMARY_COLUMNS)
            .join('sites', 'sites.id', 'incidents.site_id')
            .leftJoin('locations', 'locations.id', 'incidents.location_id')
            .leftJoin('users as reporters', 'reporters.id', 'incidents.reporter_id')
            .leftJoin('users as investigators', 'investigators.id', 'incidents.investigator_id')
            .forPage(page, perPage)
            .pojo<IncidentSummaryRow>()
        : []
    return new SimplePaginator(total, perPage, page, ...rows)
  }

  /**
   * The relations `summaryOf` reads. A belongs-to whose key is null is not
   * queried at all (Lucid would ask for `id IS NULL`); it reads as absent.
   */
  static async loadSummary(incident: Incident) {
    await incident.load((loader) => {
      loader.load('site', (query) => query.select('id', 'name'))
      if (incident.locationId) loader.load('location', (query) => query.select('id', 'name'))
      if (incident.reporterId) loader.load('reporter', (query) => query.select('id', 'name'))
      if (incident.investigatorId) {
        loader.load('investigator', (query) => query.select('id', 'name'))
      }
    })
    return incident
  }

  /** The same summary for an incident loaded with its relations (loadSummary, loadDetail). */
  static summaryOf(incident: Incident): IncidentSummaryRow {
    return {
      id: incident.id,
      number: incident.number,
      type: incident.type,
      title: incident.title,
      status: incident.status,
      actualSeverity: incident.actualSeverity,
      potentialSeverity: incident.potentialSeverity,
      isAnonymous: incident.isAnonymous,
      siteId: incident.siteId,
      locationId: incident.locationId,
      reporterId: incident.reporterId,
      investigatorId: incident.investigatorId,
      responsibleManagerId: incident.responsibleManagerId,
      occurredAt: incident.occurredAt.toJSDate(),
      createdAt: incident.createdAt.toJSDate(),
      siteName: incident.site?.name ?? '',
      locationName: incident.location?.name ?? null,
      reporterName: incident.reporter?.name ?? null,
      investigatorName: incident.investigator?.name ?? null,
    }
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
    await this.loadSummary(incident)
    await incident.load((loader) => {
      loader.load('people', (query) =>
        query.orderBy('id').preload('user', (u) => u.select('id', 'name'))
      )
      if (incident.departmentId) loader.load('department')
      if (incident.responsibleManagerId) {
        loader.load('responsibleManager', (query) => query.select('id', 'name'))
      }
    })
    return incident
  }
}
