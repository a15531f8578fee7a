import vine from '@vinejs/vine'
import { DateTime } from 'luxon'
import type { FieldContext } from '@vinejs/vine/types'
import {
  INCIDENT_STATUSES,
  INCIDENT_TYPES,
  MAX_DESCRIPTION_LENGTH,
  PERSON_ROLES,
  PERSON_TYPES,
  TREATMENTS,
} from '#app/data/incidents'

/** Clocks of phones drift: a few minutes ahead still counts as now. */
const FUTURE_TOLERANCE_MINUTES = 5

/** An ISO 8601 date-time, not in the future; becomes a Luxon DateTime. */
export const pastDateTime = vine.createRule((value, _options, field: FieldContext) => {
  const parsed = typeof value === 'string' ? DateTime.fromISO(value, { setZone: true }) : null
  if (!parsed?.isValid) {
    field.report('The {{ field }} field must be a date and time', 'dateTime', field)
    return
  }
  if (parsed > DateTime.now().plus({ minutes: FUTURE_TOLERANCE_MINUTES })) {
    field.report('The {{ field }} field cannot be in the future', 'notInFuture', field)
    return
  }
  field.mutate(parsed, field)
})

const MAX_ID = 2_147_483_647
const id = () => vine.number().withoutDecimals().positive().max(MAX_ID)
const isId = (value: number) => Number.isSafeInteger(value) && value > 0 && value <= MAX_ID
const text = (max: number) => vine.string().trim().minLength(1).maxLength(max)
const severity = () => vine.number().withoutDecimals().range([1, 5])
const userId = () => id().exists({ table: 'users', column: 'id' })

/**
 * A location or department of the incident's site: the site sent along,
 * or (for updates) the incident's current one, passed as `meta.siteId`.
 */
const ofSite = (table: 'locations' | 'departments') =>
  id().exists({
    table,
    column: 'id',
    filter: (query, _value, field) => {
      const sent = (field.parent as { siteId?: unknown }).siteId
      const siteId = Number(sent ?? (field.meta as { siteId?: unknown }).siteId)
      query.where('site_id', isId(siteId) ? siteId : 0)
    },
  })

const person = () =>
  vine.object({
    role: vine.enum(PERSON_ROLES),
    userId: userId().nullable().optional(),
    name: text(200).optional().requiredIfMissing('userId'),
    personType: vine.enum(PERSON_TYPES).optional(),
    bodyPart: text(120).nullable().optional(),
    natureOfInjury: text(200).nullable().optional(),
    treatment: vine.enum(TREATMENTS).nullable().optional(),
    daysAway: vine.number().withoutDecimals().range([0, 366]).optional(),
    daysRestricted: vine.number().withoutDecimals().range([0, 366]).optional(),
  })

/** Fields of a report; `when` defaults to now, the title to the start of the description. */
const reportFields = () => ({
  type: vine.enum(INCIDENT_TYPES),
  title: text(200).optional(),
  description: vine.string().trim().minLength(3).maxLength(MAX_DESCRIPTION_LENGTH),
  occurredAt: vine.any().use(pastDateTime()).optional(),
  siteId: id().exists({ table: 'sites', column: 'id' }),
  locationId: ofSite('locations').nullable().optional(),
  departmentId: ofSite('departments').nullable().optional(),
  immediateActions: text(MAX_DESCRIPTION_LENGTH).nullable().optional(),
  latitude: vine.number().range([-90, 90]).nullable().optional(),
  longitude: vine.number().range([-180, 180]).nullable().optional(),
  /* The reporter's first estimate; triage confirms both scales */
  actualSeverity: severity().nullable().optional(),
  potentialSeverity: severity().nullable().optional(),
  people: vine.array(person()).maxLength(50).optional(),
})

export const createIncidentValidator = vine.create(reportFields())

/** Partial updates: only the fields sent change. */
export const updateIncidentValidator = vine.withMetaData<{ siteId: number }>().create({
  ...reportFields(),
  type: vine.enum(INCIDENT_TYPES).optional(),
  description: vine.string().trim().minLength(3).maxLength(MAX_DESCRIPTION_LENGTH).optional(),
  siteId: id().exists({ table: 'sites', column: 'id' }).optional(),
  lessonsLearned: text(MAX_DESCRIPTION_LENGTH).nullable().optional(),
})

export const triageIncidentValidator = vine.create({
  type: vine.enum(INCIDENT_TYPES),
  actualSeverity: severity(),
  potentialSeverity: severity(),
  responsibleManagerId: userId(),
  investigatorId: userId(),
})

export const transitionIncidentValidator = vine.create({
  to: vine.enum(INCIDENT_STATUSES),
  reason: text(2000).optional(),
  lessonsLearned: text(MAX_DESCRIPTION_LENGTH).optional(),
})

export const INCIDENT_SORTS = [
  'occurred_at',
  '-occurred_at',
  'number',
  '-number',
  'severity',
  '-severity',
] as const

/** List filters come from the query string; a bad value is dropped, not fatal. */
export const incidentFiltersValidator = vine.create({
  search: vine.string().trim().maxLength(100).optional(),
  status: vine.enum(INCIDENT_STATUSES).optional(),
  type: vine.enum(INCIDENT_TYPES).optional(),
  severity: severity().optional(),
  site: id().optional(),
  from: vine.date({ formats: ['YYYY-MM-DD'] }).optional(),
  to: vine.date({ formats: ['YYYY-MM-DD'] }).optional(),
  psif: vine.boolean().optional(),
  assigned: vine.literal('me').optional(),
  reported: vine.literal('me').optional(),
  sort: vine.enum(INCIDENT_SORTS).optional(),
  page: id().max(100_000).optional(),
  perPage: vine.number().withoutDecimals().range([1, 100]).optional(),
})

/** The public form behind a location's QR code: the same rules, the site comes from the location. */
export const anonymousReportValidator = vine.create({
  type: vine.enum(INCIDENT_TYPES),
  description: vine.string().trim().minLength(3).maxLength(MAX_DESCRIPTION_LENGTH),
  occurredAt: vine.any().use(pastDateTime()).optional(),
  locationId: id().exists({ table: 'locations', column: 'id' }),
})

export const anonymousFollowUpValidator = vine.create({
  number: vine.string().trim().maxLength(40),
  passcode: vine.string().trim().maxLength(64),
  information: text(MAX_DESCRIPTION_LENGTH).optional(),
})
