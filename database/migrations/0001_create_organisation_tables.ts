import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * Organisation → sites → locations and departments (DOMAIN.md).
 */
export default class extends BaseSchema {
  async up() {
    this.schema.raw('CREATE EXTENSION IF NOT EXISTS citext')

    this.schema.createTable('organisations', (table) => {
      table.increments('id')
      table.string('name', 200).notNullable()
      table.string('slug', 80).notNullable().unique()
      table.jsonb('settings').notNullable().defaultTo('{}')
      table.timestamp('created_at', { useTz: true }).notNullable().defaultTo(this.now())
      table.timestamp('updated_at', { useTz: true }).notNullable().defaultTo(this.now())
    })

    this.schema.createTable('sites', (table) => {
      table.increments('id')
      table
        .integer('organisation_id')
        .notNullable()
        .references('organisations.id')
        .onDelete('CASCADE')
      table.string('code', 20).notNullable().unique()
      table.string('name', 200).notNullable()
      table.string('timezone', 64).notNullable().defaultTo('UTC')
      table.text('address').nullable()
      table.timestamp('created_at', { useTz: true }).notNullable().defaultTo(this.now())
      table.timestamp('updated_at', { useTz: true }).notNullable().defaultTo(this.now())
    })

    this.schema.createTable('locations', (table) => {
      table.increments('id')
      table.integer('site_id').notNullable().references('sites.id').onDelete('CASCADE')
      table.integer('parent_id').nullable().references('locations.id').onDelete('SET NULL')
      table.string('name', 200).notNullable()
      table.string('kind', 20).notNullable().defaultTo('area')
      table.boolean('is_high_risk').notNullable().defaultTo(false)
      table.decimal('latitude', 9, 6).nullable()
      table.decimal('longitude', 9, 6).nullable()
      table.timestamp('created_at', { useTz: true }).notNullable().defaultTo(this.now())
      table.timestamp('updated_at', { useTz: true }).notNullable().defaultTo(this.now())
      table.unique(['site_id', 'name'])
      table.index(['site_id'])
    })

    this.schema.createTable('departments', (table) => {
      table.increments('id')
      table.integer('site_id').notNullable().references('sites.id').onDelete('CASCADE')
      table.string('name', 200).notNullable()
      table.timestamp('created_at', { useTz: true }).notNullable().defaultTo(this.now())
      table.timestamp('updated_at', { useTz: true }).notNullable().defaultTo(this.now())
      table.unique(['site_id', 'name'])
    })
  }

  async down() {
    this.schema.dropTable('departments')
    this.schema.dropTable('locations')
    this.schema.dropTable('sites')
    this.schema.dropTable('organisations')
  }
}
