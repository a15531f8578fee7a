import { BaseSchema } from '@adonisjs/lucid/schema'
import { CASE_CLASSIFICATIONS, ILLNESS_TYPES, SEVERE_OUTCOMES } from '#app/data/osha'

/**
 * OSHA recordability of injury/illness incidents: the answers of the
 * guided assessment, what the system proposed (and the rule that decided
 * it), and the manager's decision, with the reason when it overrides.
 * Reporting to the authority runs on its own clock per incident.
 */
export default class extends BaseSchema {
  async up() {
    this.schema.createTable('recordability_assessments', (table) => {
      table.increments('id')
      table
        .integer('incident_id')
        .notNullable()
        .unique()
        .references('incidents.id')
        .onDelete('CASCADE')
      table.jsonb('answers').notNullable()
      table.boolean('proposed_recordable').notNullable()
      table.string('proposed_rule', 32).notNullable()
      table.string('proposed_reason', 48).notNullable()
      table.boolean('recordable').nullable()
      table.enum('classification', CASE_CLASSIFICATIONS).nullable()
      table.text('override_reason').nullable()
      table.enum('illness_type', ILLNESS_TYPES).notNullable().defaultTo('injury')
      table.integer('days_away').notNullable().defaultTo(0)
      table.integer('days_restricted').notNullable().defaultTo(0)
      table.boolean('privacy_case').notNullable().defaultTo(false)
      table.string('employee_name', 200).nullable()
      table.integer('decided_by').nullable().references('users.id')
      table.timestamp('decided_at', { useTz: true }).nullable()
      table.timestamp('created_at', { useTz: true }).notNullable().defaultTo(this.now())
      table.timestamp('updated_at', { useTz: true }).notNullable().defaultTo(this.now())
    })

    this.schema.createTable('regulatory_reports', (table) => {
      table.increments('id')
      table
        .integer('incident_id')
        .notNullable()
        .unique()
        .references('incidents.id')
        .onDelete('CASCADE')
      table.enum('outcome', SEVERE_OUTCOMES).notNullable()
      table.timestamp('deadline_at', { useTz: true }).notNullable()
      table.timestamp('reminder_at', { useTz: true }).notNullable()
      table.timestamp('reminder_sent_at', { useTz: true }).nullable()
      table.timestamp('reported_at', { useTz: true }).nullable()
      table.string('reference', 120).nullable()
      table.integer('reported_by').nullable().references('users.id')
      table.timestamp('created_at', { useTz: true }).notNullable().defaultTo(this.now())
      table.timestamp('updated_at', { useTz: true }).notNullable().defaultTo(this.now())
      table.index(['reported_at', 'reminder_sent_at', 'reminder_at'])
    })
  }

  async down() {
    this.schema.dropTable('regulatory_reports')
    this.schema.dropTable('recordability_assessments')
  }
}
