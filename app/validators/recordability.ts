import vine from '@vinejs/vine'
import {
  FIRST_AID_TREATMENTS,
  MEDICAL_TREATMENTS,
  SIGNIFICANT_DIAGNOSES,
} from '#services/osha/recordability'
import { ILLNESS_TYPES, SEVERE_OUTCOMES } from '#app/data/osha'
import { pastDateTime } from '#validators/incident'

const days = () => vine.number().withoutDecimals().min(0).max(3650)

/** The guided assessment of 29 CFR 1904.7: answers only; the server proposes. */
export const recordabilityAnswersValidator = vine.create({
  workRelated: vine.boolean(),
  newCase: vine.boolean(),
  death: vine.boolean(),
  daysAway: days(),
  daysRestricted: days(),
  jobTransfer: vine.boolean().optional(),
  lossOfConsciousness: vine.boolean(),
  diagnosis: vine.enum(SIGNIFICANT_DIAGNOSES).nullable().optional(),
  treatments: vine.array(vine.enum([...FIRST_AID_TREATMENTS, ...MEDICAL_TREATMENTS])).distinct(),
  severeOutcome: vine.enum(SEVERE_OUTCOMES).nullable().optional(),
})

/** The manager's decision on the proposal, and the 300 log details. */
export const recordabilityDecisionValidator = vine.create({
  decision: vine.enum(['confirm', 'override'] as const),
  reason: vine
    .string()
    .trim()
    .minLength(5)
    .maxLength(2000)
    .optional()
    .requiredWhen('decision', '=', 'override'),
  illnessType: vine.enum(ILLNESS_TYPES),
  privacyCase: vine.boolean(),
  employeeName: vine.string().trim().maxLength(200).optional(),
})

export const regulatoryReportValidator = vine.create({
  reportedAt: vine.any().use(pastDateTime()),
  reference: vine.string().trim().minLength(2).maxLength(120),
})
