import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * Users and roles. A role granted to a user may be limited to one site
 * (site_id) or apply everywhere (site_id null).
 */
export default class extends BaseSchema {
  async up() {
    this.schema.createTable('users', (table) => {
      table.increments('id')
      table.string('name', 200).notNullable()
      table.specificType('email', 'citext').notNullable().unique()
      table.string('password', 255).notNullable()
      table.string('locale', 8).notNullable().defaultTo('en')
      table.string('status', 16).notNullable().defaultTo('active')
      table.timestamp('created_at', { useTz: true }).notNullable().defaultTo(this.now())
      table.timestamp('updated_at', { useTz: true }).notNullable().defaultTo(this.now())
    })
    this.schema.raw(
      `ALTER TABLE users ADD CONSTRAINT users_status_check CHECK (status IN ('active', 'disabled'))`
    )

    this.schema.createTable('roles', (table) => {
      table.increments('id')
      table.string('name', 64).notNullable().unique()
      table.string('label', 120).notNullable()
      table.boolean('is_builtin').notNullable().defaultTo(false)
      table.timestamp('created_at', { useTz: true }).notNullable().defaultTo(this.now())
      table.timestamp('updated_at', { useTz: true }).notNullable().defaultTo(this.now())
    })

    this.schema.createTable('user_roles', (table) => {
      table.increments('id')
      table.integer('user_id').notNullable().references('users.id').onDelete('CASCADE')
      table.integer('role_id').notNullable().references('roles.id').onDelete('CASCADE')
      table.integer('site_id').nullable().references('sites.id').onDelete('CASCADE')
      table.timestamp('created_at', { useTz: true }).notNullable().defaultTo(this.now())
      table.index(['user_id'])
    })
    this.schema.raw(
      'CREATE UNIQUE INDEX user_roles_unique ON user_roles (user_id, role_id, COALESCE(site_id, 0))'
    )

    this.schema.createTable('user_sites', (table) => {
      table.integer('user_id').notNullable().references('users.id').onDelete('CASCADE')
      table.integer('site_id').notNullable().references('sites.id').onDelete('CASCADE')
      table.primary(['user_id', 'site_id'])
    })
  }

  async down() {
    this.schema.dropTable('user_sites')
    this.schema.dropTable('user_roles')
    this.schema.dropTable('roles')
    this.schema.dropTable('users')
  }
}
