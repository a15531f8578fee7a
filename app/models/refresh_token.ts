import { RefreshTokenSchema } from '#database/schema'
import { beforeCreate } from '@adonisjs/lucid/orm'
import { randomUUID } from 'node:crypto'

export default class RefreshToken extends RefreshTokenSchema {
  static selfAssignPrimaryKey = true

  @beforeCreate()
  static assignId(token: RefreshToken) {
    token.id ??= randomUUID()
  }
}
