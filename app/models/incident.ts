import { IncidentSchema } from '#database/schema'
import { afterDelete, afterSave, belongsTo, hasMany } from '@adonisjs/lucid/orm'
import type { BelongsTo, HasMany } from '@adonisjs/lucid/types/relations'
import { isPsif } from '#app/data/incidents'
import Site from '#models/site'
import Location from '#models/location'
import Department from '#models/department'
import User from '#models/user'
import IncidentPerson from '#models/incident_person'
import { ListTotals } from '#services/records/list_totals'

export default class Incident extends IncidentSchema {
  @belongsTo(() => Site)
  declare site: BelongsTo<typeof Site>

  @belongsTo(() => Location)
  declare location: BelongsTo<typeof Location>

  @belongsTo(() => Department)
  declare department: BelongsTo<typeof Department>

  @belongsTo(() => User, { foreignKey: 'reporterId' })
  declare reporter: BelongsTo<typeof User>

  @belongsTo(() => User, { foreignKey: 'responsibleManagerId' })
  declare responsibleManager: BelongsTo<typeof User>

  @belongsTo(() => User, { foreignKey: 'investigatorId' })
  declare investigator: BelongsTo<typeof User>

  @hasMany(() => IncidentPerson)
  declare people: HasMany<typeof IncidentPerson>

  /** Lists cache their totals until incidents change (ListTotals). */
  @afterSave()
  @afterDelete()
  static async forgetListTotals(incident: Incident) {
    await ListTotals.invalidate(Incident, incident.$trx)
  }

  /** Same rule as the generated `is_psif` column, for rows not yet reloaded. */
  get psif() {
    return isPsif(this.potentialSeverity)
  }
}
