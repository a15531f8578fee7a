/**
 * Every kind of notification, with the channel a user gets until they
 * choose otherwise. Title and body live in resources/lang/<locale>/
 * notifications.json under `kinds.<kind>`.
 */
export const NOTIFICATION_KINDS = {
  'incident.reported': { defaultChannel: 'both' },
  'incident.escalated': { defaultChannel: 'both' },
  'incident.assigned': { defaultChannel: 'both' },
  'incident.status_changed': { defaultChannel: 'in_app' },
  'record.commented': { defaultChannel: 'in_app' },
  'capa.assigned': { defaultChannel: 'both' },
  'capa.overdue': { defaultChannel: 'both' },
  'capa.escalated': { defaultChannel: 'both' },
  'incident.regulatory_deadline': { defaultChannel: 'both' },
  'system.test': { defaultChannel: 'both' },
} as const satisfies Record<string, { defaultChannel: DeliveryChannel }>

export type NotificationKind = keyof typeof NOTIFICATION_KINDS

export const DELIVERY_CHANNELS = ['in_app', 'email', 'both', 'digest', 'none'] as const
export type DeliveryChannel = (typeof DELIVERY_CHANNELS)[number]

export const notificationKinds = () => Object.keys(NOTIFICATION_KINDS) as NotificationKind[]

export function isNotificationKind(value: string): value is NotificationKind {
  return Object.hasOwn(NOTIFICATION_KINDS, value)
}

/**
 * Where one notification goes for a user: their choice for the kind (or
 * the default). Urgent items always reach the in-app feed, whatever the
 * choice; email follows the choice. "digest" is in-app now and email once
 * a day (see NotificationDigest); an urgent item is mailed at once instead.
 */
export function deliveryFor(
  kind: NotificationKind,
  chosen: DeliveryChannel | undefined,
  urgent: boolean
) {
  const channel = chosen ?? NOTIFICATION_KINDS[kind].defaultChannel
  return {
    inApp: urgent || channel === 'in_app' || channel === 'both' || channel === 'digest',
    email: channel === 'email' || channel === 'both' || (urgent && channel === 'digest'),
  }
}
