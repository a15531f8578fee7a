import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * A permission is module × action. Roles hold a set of them; admins edit
 * the set. The same rows drive policies on the server and `can` flags in
 * the UI. A role flagged `all_sites` applies organisation-wide; other roles
 * apply to the sites of the grant (user_roles.site_id) or, when the grant has
 * no site, to the user's own sites.
 */
export default class extends BaseSchema {
  async up() {
    this.schema.createTable('permissions', (table) => {
      table.increments('id')
      table.string('module', 32).notNullable()
      table.string('action', 16).notNullable()
      table.unique(['module', 'action'])
    })

    this.schema.createTable('role_permissions', (table) => {
      table.integer('role_id').notNullable().references('roles.id').onDelete('CASCADE')
      table.integer('permission_id').notNullable().references('permissions.id').onDelete('CASCADE')
      table.primary(['role_id', 'permission_id'])
    })

    this.schema.alterTable('roles', (table) => {
      table.boolean('requires_two_factor').notNullable().defaultTo(false)
      table.boolean('all_sites').notNullable().defaultTo(false)
    })
  }

  async down() {
    this.schema.alterTable('roles', (table) => {
      table.dropColumn('requires_two_factor')
      table.dropColumn('all_sites')
    })
    this.schema.dropTable('role_permissions')
    this.schema.dropTable('permissions')
  }
}
