import vine from '@vinejs/vine'

/** What @adonisjs/transmit-client sends to subscribe or unsubscribe. */
export const subscriptionValidator = vine.create({
  uid: vine.string().uuid(),
  channel: vine.string().maxLength(200),
})

export const streamValidator = vine.create({
  uid: vine.string().uuid(),
})
