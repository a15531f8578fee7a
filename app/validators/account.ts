import vine from '@vinejs/vine'

const newPassword = () => vine.string().minLength(12).maxLength(512).confirmed()

export const passwordResetRequestValidator = vine.create({
  email: vine.string().trim().email().maxLength(254),
})

export const passwordResetValidator = vine.create({
  password: newPassword(),
})

export const updateProfileValidator = vine.create({
  name: vine.string().trim().minLength(1).maxLength(200),
  locale: vine.enum(['en', 'id']),
})

export const updatePasswordValidator = vine.create({
  current_password: vine.string().maxLength(512),
  password: newPassword(),
  logout_others: vine.boolean().optional(),
})
