/** Cause categories a 5 Whys step may be tagged with (DOMAIN.md "Incidents"). */
export const CAUSE_CATEGORIES = [
  'people',
  'equipment',
  'environment',
  'procedure',
  'management',
] as const

export type CauseCategory = (typeof CAUSE_CATEGORIES)[number]

/** A 5 Whys chain may run a little past five when the cause is deep. */
export const MAX_WHYS = 10
