/**
 * The vocabulary of incidents (DOMAIN.md "Incidents"). Migrations,
 * validators, services and the UI read these lists; labels live in the
 * translation files under `incidents.*`.
 */
export const INCIDENT_TYPES = [
  'injury_illness',
  'near_miss',
  'dangerous_occurrence',
  'property_damage',
  'environmental',
  'security',
  'vehicle',
  'fire',
] as const

export const INCIDENT_STATUSES = [
  'reported',
  'triaged',
  'under_investigation',
  'actions_pending',
  'closed',
] as const

export const PERSON_ROLES = ['injured', 'witness', 'first_responder'] as const
export const PERSON_TYPES = ['staff', 'student', 'visitor', 'contractor'] as const
export const TREATMENTS = ['first_aid', 'medical_treatment', 'hospitalised', 'fatal'] as const

/** 1 insignificant … 5 catastrophic, on both the actual and the potential scale. */
export const SEVERITIES = [1, 2, 3, 4, 5] as const

/** A potential severity from here up marks a PSIF (potential serious injury or fatality). */
export const PSIF_THRESHOLD = 4

export const MAX_DESCRIPTION_LENGTH = 10_000

export type IncidentType = (typeof INCIDENT_TYPES)[number]
export type IncidentStatus = (typeof INCIDENT_STATUSES)[number]
export type PersonRole = (typeof PERSON_ROLES)[number]
export type PersonType = (typeof PERSON_TYPES)[number]
export type Treatment = (typeof TREATMENTS)[number]

export const isPsif = (potentialSeverity: number | null | undefined) =>
  (potentialSeverity ?? 0) >= PSIF_THRESHOLD
