import { RecordabilityAssessmentSchema } from '#database/schema'
import { belongsTo } from '@adonisjs/lucid/orm'
import type { BelongsTo } from '@adonisjs/lucid/types/relations'
import User from '#models/user'

export default class RecordabilityAssessment extends RecordabilityAssessmentSchema {
  @belongsTo(() => User, { foreignKey: 'decidedBy' })
  declare decider: BelongsTo<typeof User>

  /** The manager decided against what the rules proposed. */
  get isOverride() {
    return this.recordable !== null && this.recordable !== this.proposedRecordable
  }
}
