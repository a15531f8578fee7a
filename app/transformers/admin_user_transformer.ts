import type User from '#models/user'
import { BaseTransformer } from '@adonisjs/core/transformers'

/**
 * A user as the administration pages show it: profile, status, role grants
 * (with their site limit) and sites. Never the password hash or two-factor
 * secrets.
 */
export default class AdminUserTransformer extends BaseTransformer<User> {
  toObject() {
    const user = this.resource
    return {
      ...this.pick(user, ['id', 'name', 'email', 'locale', 'status']),
      twoFactorEnabled: Boolean(user.twoFactorEnabledAt),
      lastLoginAt: user.lastLoginAt?.toISO() ?? null,
      createdAt: user.createdAt.toISO()!,
      roles: (user.roles ?? []).map((role) => ({
        id: role.id,
        name: role.name,
        label: role.label,
        siteId: (role.$extras.pivot_site_id as number | null) ?? null,
      })),
      sites: (user.sites ?? []).map((site) => ({ id: site.id, name: site.name })),
    }
  }
}
