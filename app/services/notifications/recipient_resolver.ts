import type { NotificationKind } from '#services/notifications/kinds'

/** A domain event as far as notifications care: who and where, nothing else. */
export type NotificationEvent = {
  kind: NotificationKind
  siteId?: number | null
  severity?: { actual?: number | null; potential?: number | null }
  actorId?: number | null
  reporterId?: number | null
  assigneeId?: number | null
  managerId?: number | null
  watcherIds?: readonly number[]
}

/** "Users holding `role` at `siteId`", or everywhere when siteId is null. */
export type RoleLookup = { role: string; siteId: number | null }
export type Lookups = (lookup: RoleLookup) => readonly number[]

export type Recipient = { userId: number; urgent: boolean }

type Ids = readonly (number | null | undefined)[]

type Rule = {
  kinds: readonly NotificationKind[]
  when?: (event: NotificationEvent) => boolean
  lookups?: (event: NotificationEvent) => RoleLookup[]
  to: (event: NotificationEvent, lookups: Lookups) => Ids
  urgent?: boolean
}

export const URGENT_SEVERITY = 4

const isSevere = (event: NotificationEvent) =>
  Math.max(event.severity?.actual ?? 0, event.severity?.potential ?? 0) >= URGENT_SEVERITY

const siteManagers = (event: NotificationEvent): RoleLookup[] =>
  event.siteId
    ? [
        { role: 'hse_manager', siteId: event.siteId },
        { role: 'incident_manager', siteId: event.siteId },
      ]
    : []

const fromLookups = (needed: RoleLookup[], lookups: Lookups) =>
  needed.flatMap((lookup) => lookups(lookup))

/**
 * Who hears about what. Each row adds recipients; a user matched by an
 * urgent row gets the item as urgent. The actor is removed at the end.
 */
export const RECIPIENT_RULES: readonly Rule[] = [
  {
    kinds: ['incident.reported'],
    lookups: siteManagers,
    to: (event, lookups) => fromLookups(siteManagers(event), lookups),
  },
  {
    kinds: ['incident.reported'],
    when: isSevere,
    lookups: () => [{ role: 'hse_manager', siteId: null }],
    to: (_, lookups) => lookups({ role: 'hse_manager', siteId: null }),
    urgent: true,
  },
  {
    kinds: ['incident.escalated'],
    when: isSevere,
    lookups: () => [{ role: 'hse_manager', siteId: null }],
    to: (_, lookups) => lookups({ role: 'hse_manager', siteId: null }),
    urgent: true,
  },
  { kinds: ['incident.assigned', 'capa.assigned'], to: (event) => [event.assigneeId] },
  {
    kinds: ['incident.status_changed'],
    to: (event) => [event.reporterId, ...(event.watcherIds ?? [])],
  },
  { kinds: ['record.commented'], to: (event) => event.watcherIds ?? [] },
  { kinds: ['capa.overdue'], to: (event) => [event.assigneeId] },
  { kinds: ['capa.escalated'], to: (event) => [event.managerId] },
]

const applies = (rule: Rule, event: NotificationEvent) =>
  rule.kinds.includes(event.kind) && (!rule.when || rule.when(event))

/** The role lookups `resolveRecipients` will ask for, so a caller can load them first. */
export function lookupsFor(event: NotificationEvent): RoleLookup[] {
  return RECIPIENT_RULES.filter((rule) => applies(rule, event)).flatMap(
    (rule) => rule.lookups?.(event) ?? []
  )
}

/**
 * The recipients of an event, each once, in id order. Pure: the caller
 * answers the role lookups (see `lookupsFor`).
 */
export function resolveRecipients(event: NotificationEvent, lookups: Lookups): Recipient[] {
  const urgentById = new Map<number, boolean>()
  for (const rule of RECIPIENT_RULES) {
    if (!applies(rule, event)) continue
    for (const id of rule.to(event, lookups)) {
      if (typeof id !== 'number' || id === event.actorId) continue
      urgentById.set(id, (urgentById.get(id) ?? false) || Boolean(rule.urgent))
    }
  }
  return [...urgentById].sort(([a], [b]) => a - b).map(([userId, urgent]) => ({ userId, urgent }))
}

/** A memo key for a lookup, for callers that answer them from a Map. */
export const lookupKey = (lookup: RoleLookup) => `${lookup.role}@${lookup.siteId ?? '*'}`
