import { Readable } from 'node:stream'
import Incident from '#models/incident'
import type User from '#models/user'
import { IncidentQueries, LIST_COLUMNS, type IncidentFilters } from '#services/incident_queries'

const CHUNK = 500

const COLUMNS = [
  'number',
  'type',
  'status',
  'title',
  'occurred_at',
  'site',
  'location',
  'actual_severity',
  'potential_severity',
  'psif',
  'reporter',
  'reported_at',
] as const

/** RFC 4180 quoting; a leading =, +, - or @ is defused so spreadsheets do not run it. */
function cell(value: unknown) {
  let text = value === null || value === undefined ? '' : String(value)
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

/**
 * The filtered incident list as CSV, read in id-ordered chunks so memory
 * stays flat whatever the number of rows.
 */
export class IncidentExport {
  static stream(user: User, filters: IncidentFilters): Readable {
    return Readable.from(this.lines(user, filters))
  }

  static async *lines(user: User, filters: IncidentFilters) {
    yield `${COLUMNS.join(',')}\r\n`
    let after: number | null = null
    while (true) {
      const query = Incident.query()
        .select(LIST_COLUMNS)
        .preload('site', (site) => site.select('id', 'name'))
        .preload('location', (location) => location.select('id', 'name'))
        .preload('reporter', (reporter) => reporter.select('id', 'name'))
        .orderBy('incidents.id', 'desc')
        .limit(CHUNK)
      if (after !== null) query.where('incidents.id', '<', after)
      await IncidentQueries.visibleTo(user, query)
      IncidentQueries.filter(query, filters, user)
      const rows = await query
      if (rows.length === 0) return
      yield rows.map((incident) => `${this.row(incident).map(cell).join(',')}\r\n`).join('')
      after = rows[rows.length - 1].id
      if (rows.length < CHUNK) return
    }
  }

  protected static row(incident: Incident) {
    return [
      incident.number,
      incident.type,
      incident.status,
      incident.title,
      incident.occurredAt.toISO(),
      incident.site?.name,
      incident.location?.name,
      incident.actualSeverity,
      incident.potentialSeverity,
      incident.psif ? 'yes' : 'no',
      incident.isAnonymous ? '' : incident.reporter?.name,
      incident.createdAt.toISO(),
    ]
  }
}
