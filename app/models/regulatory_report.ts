import { RegulatoryReportSchema } from '#database/schema'
import { belongsTo } from '@adonisjs/lucid/orm'
import type { BelongsTo } from '@adonisjs/lucid/types/relations'
import Incident from '#models/incident'

export default class RegulatoryReport extends RegulatoryReportSchema {
  @belongsTo(() => Incident)
  declare incident: BelongsTo<typeof Incident>
}
