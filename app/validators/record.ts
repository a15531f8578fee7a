import vine from '@vinejs/vine'

export const commentValidator = vine.create({
  body: vine.string().trim().minLength(1).maxLength(10_000),
})
