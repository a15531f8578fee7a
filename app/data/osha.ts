/** Injury and illness types of the OSHA 300 log, column M. */
export const ILLNESS_TYPES = [
  'injury',
  'skin_disorder',
  'respiratory',
  'poisoning',
  'hearing_loss',
  'other_illness',
] as const

/** Outcomes that must be reported to the authority (29 CFR 1904.39). */
export const SEVERE_OUTCOMES = ['fatality', 'hospitalisation', 'amputation', 'loss_of_eye'] as const

export const CASE_CLASSIFICATIONS = [
  'death',
  'days_away',
  'restricted',
  'other_recordable',
] as const

export type IllnessType = (typeof ILLNESS_TYPES)[number]
