import { UserSchema } from '#database/schema'
import hash from '@adonisjs/core/services/hash'
import { compose } from '@adonisjs/core/helpers'
import { withAuthFinder } from '@adonisjs/auth/mixins/lucid'
import { manyToMany } from '@adonisjs/lucid/orm'
import type { ManyToMany } from '@adonisjs/lucid/types/relations'
import Role from '#models/role'
import Site from '#models/site'

const AuthFinder = withAuthFinder(() => hash.use('argon'), {
  uids: ['email'],
  passwordColumnName: 'password',
})

export default class User extends compose(UserSchema, AuthFinder) {
  @manyToMany(() => Role, { pivotTable: 'user_roles', pivotColumns: ['site_id'] })
  declare roles: ManyToMany<typeof Role>

  @manyToMany(() => Site, { pivotTable: 'user_sites' })
  declare sites: ManyToMany<typeof Site>

  get isActive() {
    return this.status === 'active'
  }

  get initials() {
    const parts = this.name.trim().split(/\s+/)
    const letters =
      parts.length > 1 ? parts[0][0] + parts[parts.length - 1][0] : parts[0].slice(0, 2)
    return letters.toUpperCase()
  }
}
