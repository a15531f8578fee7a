import vine from '@vinejs/vine'

/** A TOTP code or a recovery code at the login challenge. */
export const twoFactorChallengeValidator = vine.create({
  code: vine.string().trim().minLength(6).maxLength(32),
})

/** The first code from the authenticator app, confirming enrolment. */
export const enableTwoFactorValidator = vine.create({
  code: vine.string().trim().minLength(6).maxLength(16),
})

/** Re-authentication before disabling two-factor or replacing recovery codes. */
export const confirmPasswordValidator = vine.create({
  password: vine.string().maxLength(512),
})
