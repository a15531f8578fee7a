import vine from '@vinejs/vine'
import { DELIVERY_CHANNELS, notificationKinds } from '#services/notifications/kinds'

export const notificationFiltersValidator = vine.create({
  status: vine.enum(['all', 'unread', 'urgent']).optional(),
  kind: vine.enum(notificationKinds()).optional(),
  page: vine.number().withoutDecimals().min(1).max(10_000).optional(),
})

export const catchUpValidator = vine.create({
  since: vine.number().withoutDecimals().min(0).optional(),
})

export const preferencesValidator = vine.create({
  preferences: vine.object(
    Object.fromEntries(
      notificationKinds().map((kind) => [kind, vine.enum(DELIVERY_CHANNELS).optional()])
    )
  ),
})
