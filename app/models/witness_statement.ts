import { WitnessStatementSchema } from '#database/schema'
import { belongsTo } from '@adonisjs/lucid/orm'
import type { BelongsTo } from '@adonisjs/lucid/types/relations'
import Incident from '#models/incident'
import User from '#models/user'

export default class WitnessStatement extends WitnessStatementSchema {
  @belongsTo(() => Incident)
  declare incident: BelongsTo<typeof Incident>

  @belongsTo(() => User, { foreignKey: 'recordedBy' })
  declare recorder: BelongsTo<typeof User>
}
