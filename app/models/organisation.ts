import { OrganisationSchema } from '#database/schema'
import { hasMany } from '@adonisjs/lucid/orm'
import type { HasMany } from '@adonisjs/lucid/types/relations'
import Site from '#models/site'

export default class Organisation extends OrganisationSchema {
  @hasMany(() => Site)
  declare sites: HasMany<typeof Site>
}
