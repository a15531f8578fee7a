import { BaseSchema } from '@adonisjs/lucid/schema'
import { CAUSE_CATEGORIES } from '#app/data/investigations'

/**
 * The investigation of an incident: one per incident, its 5 Whys chain
 * in order, its team, and witness statements (their files are ordinary
 * attachments of the `witness_statement` record type). Lessons learned
 * stay on the incident, where closing reads them.
 */
export default class extends BaseSchema {
  async up() {
    this.schema.createTable('investigations', (table) => {
      table.increments('id')
      table
        .integer('incident_id')
        .notNullable()
        .unique()
        .references('incidents.id')
        .onDelete('CASCADE')
      table.text('root_cause').nullable()
      table.text('contributing_factors').nullable()
      table.specificType('team_ids', 'integer[]').notNullable().defaultTo('{}')
      table.timestamp('completed_at', { useTz: true }).nullable()
      table.integer('signed_off_by').nullable().references('users.id')
      table.timestamp('created_at', { useTz: true }).notNullable().defaultTo(this.now())
      table.timestamp('updated_at', { useTz: true }).notNullable().defaultTo(this.now())
    })

    this.schema.createTable('investigation_whys', (table) => {
      table.increments('id')
      table
        .integer('investigation_id')
        .notNullable()
        .references('investigations.id')
        .onDelete('CASCADE')
      table.smallint('position').notNullable()
      table.text('why').notNullable()
      table.text('because').notNullable()
      table.enum('category', CAUSE_CATEGORIES).nullable()
      table.unique(['investigation_id', 'position'])
    })

    this.schema.createTable('witness_statements', (table) => {
      table.increments('id')
      table.integer('incident_id').notNullable().references('incidents.id').onDelete('CASCADE')
      table.integer('witness_user_id').nullable().references('users.id')
      table.string('witness_name', 200).notNullable()
      table.text('statement').notNullable()
      table.timestamp('taken_at', { useTz: true }).notNullable()
      table.integer('recorded_by').nullable().references('users.id')
      table.timestamp('created_at', { useTz: true }).notNullable().defaultTo(this.now())
      table.index(['incident_id', 'id'])
    })
  }

  async down() {
    this.schema.dropTable('witness_statements')
    this.schema.dropTable('investigation_whys')
    this.schema.dropTable('investigations')
  }
}
