import { InvestigationSchema } from '#database/schema'
import { belongsTo, hasMany } from '@adonisjs/lucid/orm'
import type { BelongsTo, HasMany } from '@adonisjs/lucid/types/relations'
import Incident from '#models/incident'
import InvestigationWhy from '#models/investigation_why'
import User from '#models/user'

export default class Investigation extends InvestigationSchema {
  @belongsTo(() => Incident)
  declare incident: BelongsTo<typeof Incident>

  @hasMany(() => InvestigationWhy, { onQuery: (query) => query.orderBy('position') })
  declare whys: HasMany<typeof InvestigationWhy>

  @belongsTo(() => User, { foreignKey: 'signedOffBy' })
  declare signer: BelongsTo<typeof User>

  get isComplete() {
    return this.completedAt !== null
  }
}
