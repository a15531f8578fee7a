import { IncidentPersonSchema } from '#database/schema'
import { belongsTo } from '@adonisjs/lucid/orm'
import type { BelongsTo } from '@adonisjs/lucid/types/relations'
import User from '#models/user'

export default class IncidentPerson extends IncidentPersonSchema {
  static table = 'incident_people'

  @belongsTo(() => User)
  declare user: BelongsTo<typeof User>
}
