import vine from '@vinejs/vine'

/** Most pings one burst may send, and the longest pause between two. */
export const MAX_PING_COUNT = 100
export const MAX_PING_INTERVAL_MS = 1_000

/** POST /api/v1/diagnostics/realtime-ping `{ siteId, count, intervalMs? }` */
export const realtimePingValidator = vine.create({
  siteId: vine
    .number()
    .withoutDecimals()
    .positive()
    .max(2_147_483_647)
    .exists({ table: 'sites', column: 'id' }),
  count: vine.number().withoutDecimals().range([1, MAX_PING_COUNT]),
  intervalMs: vine.number().withoutDecimals().range([0, MAX_PING_INTERVAL_MS]).optional(),
})
