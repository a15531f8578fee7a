import type User from '#models/user'

/**
 * TOTP two-factor authentication. Placeholder until enrolment lands:
 * no user has two-factor enabled yet, so nothing verifies.
 */
export class TwoFactorService {
  static async verifyLogin(_user: User, _code: string): Promise<boolean> {
    return false
  }
}
