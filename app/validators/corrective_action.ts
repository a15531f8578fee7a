import vine from '@vinejs/vine'
import { DateTime } from 'luxon'

const TYPES = ['corrective', 'preventive'] as const
const LEVELS = ['elimination', 'substitution', 'engineering', 'administrative', 'ppe'] as const
const PRIORITIES = ['low', 'medium', 'high', 'critical'] as const
const STATUSES = ['open', 'in_progress', 'done', 'verified', 'cancelled'] as const

const userId = () =>
  vine
    .number()
    .withoutDecimals()
    .exists(async (db, value) =>
      Boolean(await db.from('users').where({ id: value, status: 'active' }).first())
    )

const dueOn = () =>
  vine
    .date({ formats: ['YYYY-MM-DD', 'iso8601'] })
    .transform((value) => DateTime.fromJSDate(value).startOf('day'))

const plan = {
  title: vine.string().trim().minLength(3).maxLength(200),
  description: vine.string().trim().maxLength(10_000).nullable().optional(),
  type: vine.enum(TYPES),
  controlLevel: vine.enum(LEVELS),
  priority: vine.enum(PRIORITIES),
  assigneeId: userId(),
  departmentId: vine
    .number()
    .withoutDecimals()
    .exists({ table: 'departments', column: 'id' })
    .nullable()
    .optional(),
  dueOn: dueOn(),
}

/** A new corrective or preventive action on a record. */
export const createCapaValidator = vine.create(plan)

/** Changing the plan of an unfinished action. */
export const updateCapaValidator = vine.create({
  title: plan.title.optional(),
  description: plan.description,
  type: vine.enum(TYPES).optional(),
  controlLevel: vine.enum(LEVELS).optional(),
  priority: vine.enum(PRIORITIES).optional(),
  assigneeId: userId().optional(),
  departmentId: plan.departmentId,
  dueOn: dueOn().optional(),
})

/**
 * One lifecycle step. Completing needs a note (the evidence), verifying an
 * effectiveness review, sending back and cancelling a reason.
 */
export const capaStepValidator = vine.create({
  step: vine.enum(['start', 'complete', 'verify', 'send_back', 'cancel'] as const),
  note: vine
    .string()
    .trim()
    .minLength(3)
    .maxLength(10_000)
    .optional()
    .requiredWhen('step', 'in', ['complete', 'send_back', 'cancel']),
  effectiveness: vine
    .enum(['effective', 'partially_effective', 'not_effective'] as const)
    .optional()
    .requiredWhen('step', '=', 'verify'),
})

export const capaFiltersValidator = vine.create({
  status: vine.enum([...STATUSES, 'pending', 'overdue'] as const).optional(),
  priority: vine.enum(PRIORITIES).optional(),
  sort: vine.enum(['due', '-due', 'priority', 'number'] as const).optional(),
  page: vine.number().withoutDecimals().min(1).optional(),
})

export const CAPA_CHOICES = { TYPES, LEVELS, PRIORITIES, STATUSES }
