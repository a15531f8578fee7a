/**
 * OSHA recordability under 29 CFR 1904.4–1904.7, as a pure function of
 * the answers of the guided assessment. The system proposes, a manager
 * confirms or overrides (with a reason); both are audited by the caller.
 */

/** The closed list of first-aid treatments of 1904.7(b)(5)(ii)(A)–(N). */
export const FIRST_AID_TREATMENTS = [
  'non_prescription_medication',
  'tetanus_immunisation',
  'wound_cleaning',
  'wound_covering',
  'hot_cold_therapy',
  'non_rigid_support',
  'temporary_immobilisation',
  'nail_drilling_blister_draining',
  'eye_patch',
  'eye_irrigation',
  'splinter_removal',
  'finger_guard',
  'massage',
  'fluids_for_heat_stress',
] as const

/** Treatments beyond first aid (1904.7(b)(5)(i)): each makes a case recordable. */
export const MEDICAL_TREATMENTS = [
  'sutures',
  'prescription_medication',
  'non_prescription_at_prescription_strength',
  'rigid_immobilisation',
  'physical_therapy',
  'surgical_procedure',
  'wound_closing_device',
  'other_medical_treatment',
] as const

/** Significant diagnosed injuries and illnesses of 1904.7(b)(7). */
export const SIGNIFICANT_DIAGNOSES = [
  'fracture',
  'punctured_eardrum',
  'cancer',
  'chronic_irreversible_disease',
] as const

/** The day counts of the 300 log stop at 180 (1904.7(b)(3)(vii)). */
export const DAY_CAP = 180

export type Treatment = (typeof FIRST_AID_TREATMENTS)[number] | (typeof MEDICAL_TREATMENTS)[number]
export type SignificantDiagnosis = (typeof SIGNIFICANT_DIAGNOSES)[number]

export type RecordabilityAnswers = {
  workRelated: boolean
  newCase: boolean
  death: boolean
  daysAway: number
  /** Days of restricted work or job transfer */
  daysRestricted: number
  jobTransfer?: boolean
  lossOfConsciousness: boolean
  diagnosis?: SignificantDiagnosis | null
  treatments: Treatment[]
}

/** Column G–J of the 300 log: the most serious outcome. */
export type CaseClassification = 'death' | 'days_away' | 'restricted' | 'other_recordable'

export type RecordabilityDecision = {
  recordable: boolean
  /** The paragraph that decided, e.g. "1904.7(b)(5)" */
  rule: string
  /** A key naming the reason, translated by the UI (`osha.reasons.<reason>`) */
  reason: string
  classification: CaseClassification | null
  daysAway: number
  daysRestricted: number
}

const isMedical = (treatment: Treatment) =>
  (MEDICAL_TREATMENTS as readonly string[]).includes(treatment)

/** Days for the log: whole, not negative, at most 180. */
export function capDays(days: number) {
  return Math.min(DAY_CAP, Math.max(0, Math.floor(days)))
}

/**
 * Calendar days away (or restricted) counted from the day after the
 * injury up to the day before the return, capped at 180. Dates are
 * ISO days (YYYY-MM-DD), so time zones cannot shift the count.
 */
export function calendarDaysBetween(injuredOn: string, backOn: string) {
  const day = 24 * 60 * 60 * 1000
  const span = (Date.parse(`${backOn}T00:00:00Z`) - Date.parse(`${injuredOn}T00:00:00Z`)) / day
  return capDays(span - 1)
}

/** Column G–J for a recordable case: the most serious outcome, whichever rule records it. */
export function classify(answers: RecordabilityAnswers): CaseClassification {
  if (answers.death) return 'death'
  if (capDays(answers.daysAway) > 0) return 'days_away'
  if (capDays(answers.daysRestricted) > 0 || answers.jobTransfer) return 'restricted'
  return 'other_recordable'
}

export function assessRecordability(answers: RecordabilityAnswers): RecordabilityDecision {
  const daysAway = capDays(answers.daysAway)
  const daysRestricted = capDays(answers.daysRestricted)
  const decide = (
    rule: string,
    reason: string,
    classification: CaseClassification | null
  ): RecordabilityDecision => ({
    recordable: classification !== null,
    rule,
    reason,
    classification,
    daysAway: classification ? daysAway : 0,
    daysRestricted: classification ? daysRestricted : 0,
  })

  if (!answers.workRelated) return decide('1904.5', 'not_work_related', null)
  if (!answers.newCase) return decide('1904.6', 'not_new_case', null)

  const classification = classify(answers)

  if (answers.death) return decide('1904.7(b)(2)', 'death', classification)
  if (daysAway > 0) return decide('1904.7(b)(3)', 'days_away', classification)
  if (daysRestricted > 0 || answers.jobTransfer) {
    return decide('1904.7(b)(4)', 'restricted_or_transfer', classification)
  }
  if (answers.treatments.some(isMedical)) {
    return decide('1904.7(b)(5)', 'medical_treatment', classification)
  }
  if (answers.lossOfConsciousness) {
    return decide('1904.7(b)(6)', 'loss_of_consciousness', classification)
  }
  if (answers.diagnosis) return decide('1904.7(b)(7)', 'significant_diagnosis', classification)
  if (answers.treatments.length > 0) return decide('1904.7(b)(5)(ii)', 'first_aid_only', null)
  return decide('1904.7(a)', 'no_general_criterion', null)
}

/**
 * The employee column of the 300 log: privacy cases (1904.29(b)(7)) show
 * "Privacy Case" instead of the name.
 */
export function logName(name: string, privacyCase: boolean, privacyLabel = 'Privacy Case') {
  return privacyCase ? privacyLabel : name
}
