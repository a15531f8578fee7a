import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * The last TOTP time step a user signed in with. A code is accepted only
 * for a later step, so a code seen once (shoulder-surfed, phished, replayed)
 * cannot be used again within its validity window.
 */
export default class extends BaseSchema {
  async up() {
    this.schema.alterTable('users', (table) => {
      table.integer('two_factor_last_step').nullable()
    })
  }

  async down() {
    this.schema.alterTable('users', (table) => {
      table.dropColumn('two_factor_last_step')
    })
  }
}
