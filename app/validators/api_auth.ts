import vine from '@vinejs/vine'

export const tokenValidator = vine.create({
  email: vine.string().trim().email().maxLength(254),
  password: vine.string().maxLength(512),
  otp: vine.string().trim().maxLength(32).optional(),
})

export const refreshValidator = vine.create({
  refreshToken: vine.string().trim().maxLength(200),
})

export const logoutValidator = vine.create({
  refreshToken: vine.string().trim().maxLength(200).optional(),
})
