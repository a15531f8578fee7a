import type User from '#models/user'
import { BaseTransformer } from '@adonisjs/core/transformers'

/**
 * What the outside world may know about a user. Never the password hash
 * or two-factor secrets.
 */
export default class UserTransformer extends BaseTransformer<User> {
  toObject() {
    return {
      ...this.pick(this.resource, ['id', 'name', 'email', 'locale', 'status']),
      twoFactorEnabled: Boolean(this.resource.twoFactorEnabledAt),
    }
  }
}
