import { CorrectiveActionSchema } from '#database/schema'
import { belongsTo, scope } from '@adonisjs/lucid/orm'
import type { BelongsTo } from '@adonisjs/lucid/types/relations'
import { DateTime } from 'luxon'
import User from '#models/user'
import Department from '#models/department'

export default class CorrectiveAction extends CorrectiveActionSchema {
  @belongsTo(() => User, { foreignKey: 'assigneeId' })
  declare assignee: BelongsTo<typeof User>

  @belongsTo(() => User, { foreignKey: 'verifiedBy' })
  declare verifier: BelongsTo<typeof User>

  @belongsTo(() => Department)
  declare department: BelongsTo<typeof Department>

  /** Still to be done (open or in progress). */
  get isPending() {
    return this.status === 'open' || this.status === 'in_progress'
  }

  /** Past its due date and not done yet. */
  get isOverdue() {
    return this.isPending && this.dueOn < DateTime.now().startOf('day')
  }

  static pending = scope((query) => {
    query.whereIn('status', ['open', 'in_progress'])
  })
}
