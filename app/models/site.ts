import { SiteSchema } from '#database/schema'
import { hasMany } from '@adonisjs/lucid/orm'
import type { HasMany } from '@adonisjs/lucid/types/relations'
import Location from '#models/location'
import Department from '#models/department'

export default class Site extends SiteSchema {
  @hasMany(() => Location)
  declare locations: HasMany<typeof Location>

  @hasMany(() => Department)
  declare departments: HasMany<typeof Department>
}
