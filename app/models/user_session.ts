import { UserSessionSchema } from '#database/schema'
import { beforeCreate } from '@adonisjs/lucid/orm'
import { randomUUID } from 'node:crypto'

export default class UserSession extends UserSessionSchema {
  static selfAssignPrimaryKey = true

  @beforeCreate()
  static assignId(session: UserSession) {
    session.id ??= randomUUID()
  }
}
