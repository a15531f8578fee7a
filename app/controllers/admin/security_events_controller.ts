import type { HttpContext } from '@adonisjs/core/http'
import { adminSections } from '#services/admin_sections'
import SecurityEvent from '#models/security_event'
import type { SecurityEventName } from '#services/security_log'
import SecurityEventTransformer from '#transformers/security_event_transformer'
import { lenientFilters, securityEventFiltersValidator } from '#validators/admin'

export const EVENTS_PER_PAGE = 50

/**
 * Every event the log may hold. A Record, so a new event name in
 * SecurityLog fails the type check until it is listed (and labelled in
 * admin.json) here.
 */
const EVENT_NAMES: Record<SecurityEventName, true> = {
  'login.succeeded': true,
  'login.failed': true,
  'login.locked_out': true,
  'logout': true,
  'session.revoked': true,
  'session.expired': true,
  'password.changed': true,
  'password.change_failed': true,
  'password.reset_requested': true,
  'password.reset': true,
  'role.assigned': true,
  'role.removed': true,
  'role.permissions_changed': true,
  'role.created': true,
  'role.renamed': true,
  'role.deleted': true,
  'user.created': true,
  'user.updated': true,
  'user.disabled': true,
  'user.enabled': true,
  'two_factor.enabled': true,
  'two_factor.disabled': true,
  'two_factor.reset': true,
  'two_factor.failed': true,
  'two_factor.recovery_used': true,
  'two_factor.recovery_regenerated': true,
  'token.issued': true,
  'token.refreshed': true,
  'token.reuse_detected': true,
  'token.revoked': true,
}

const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (char) => `\\${char}`)}%`

/**
 * The security log, read-only: filter by event, person (name or email)
 * and date range (UTC days), newest first.
 */
export default class SecurityEventsController {
  async index({ request, inertia, bouncer, i18n, auth }: HttpContext) {
    await bouncer.with('SecurityEventPolicy').authorize('viewList')
    const filters = await lenientFilters(securityEventFiltersValidator, request.qs())

    const query = SecurityEvent.query()
      .leftJoin('users as subject', 'subject.id', 'security_events.user_id')
      .leftJoin('users as actor', 'actor.id', 'security_events.actor_id')
      .select('security_events.*', 'subject.name as subject_name', 'actor.name as actor_name')
      .orderBy('security_events.created_at', 'desc')
      .orderBy('security_events.id', 'desc')
    if (filters.event) query.where('security_events.event', filters.event)
    if (filters.search) {
      const pattern = likePattern(filters.search)
      query.where((match) =>
        match
          .whereILike('security_events.email', pattern)
          .orWhereILike('subject.email', pattern)
          .orWhereILike('subject.name', pattern)
      )
    }
    const from = filters.from ? isoDay(filters.from) : null
    const to = filters.to ? isoDay(filters.to) : null
    if (from) query.where('security_events.created_at', '>=', `${from}T00:00:00Z`)
    if (to) query.where('security_events.created_at', '<', nextDay(to))
    const page = await query.paginate(filters.page ?? 1, EVENTS_PER_PAGE)

    return inertia.render('admin/security_log/index', {
      sections: await adminSections(auth.getUserOrFail()),
      events: SecurityEventTransformer.paginate(page.all(), page.getMeta()),
      filters: { event: filters.event ?? null, search: filters.search ?? '', from, to },
      eventTypes: Object.keys(EVENT_NAMES).map((key) => ({
        key,
        label: i18n.t(`admin.events.${key}`),
      })),
    })
  }
}

/** The calendar day the validator parsed, as YYYY-MM-DD (it parses in local time). */
function isoDay(date: Date) {
  const pad = (value: number) => String(value).padStart(2, '0')
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`
}

function nextDay(day: string) {
  const date = new Date(`${day}T00:00:00Z`)
  date.setUTCDate(date.getUTCDate() + 1)
  return date.toISOString()
}
