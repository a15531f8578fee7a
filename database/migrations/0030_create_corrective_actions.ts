import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * Corrective and preventive actions, shared by every module: a CAPA
 * belongs to a source record (incident, hazard, inspection finding...)
 * through (source_type, source_id), like the other record mechanisms.
 * `site_id` is copied from the source so lists can be scoped without
 * joining every module's table.
 */
export default class extends BaseSchema {
  async up() {
    this.schema.createTable('corrective_actions', (table) => {
      table.bigIncrements('id')
      table.string('number', 64).notNullable().unique()
      table.string('source_type', 32).notNullable()
      table.bigInteger('source_id').notNullable()
      table.string('source_label', 64).notNullable().defaultTo('')
      table.integer('site_id').nullable().references('sites.id')
      table.string('title', 200).notNullable()
      table.text('description').nullable()
      table.enum('type', ['corrective', 'preventive']).notNullable()
      table
        .enum('control_level', [
          'elimination',
          'substitution',
          'engineering',
          'administrative',
          'ppe',
        ])
        .notNullable()
      table.enum('priority', ['low', 'medium', 'high', 'critical']).notNullable()
      table.integer('assignee_id').notNullable().references('users.id')
      table.integer('department_id').nullable().references('departments.id')
      table.date('due_on').notNullable()
      table
        .enum('status', ['open', 'in_progress', 'done', 'verified', 'cancelled'])
        .notNullable()
        .defaultTo('open')
      table.text('completion_note').nullable()
      table.timestamp('completed_at', { useTz: true }).nullable()
      table.enum('effectiveness', ['effective', 'partially_effective', 'not_effective']).nullable()
      table.text('effectiveness_note').nullable()
      table.integer('verified_by').nullable().references('users.id')
      table.timestamp('verified_at', { useTz: true }).nullable()
      table.text('cancel_reason').nullable()
      /* Set once by the overdue job, so its events fire once per action */
      table.timestamp('overdue_at', { useTz: true }).nullable()
      table.timestamp('escalated_at', { useTz: true }).nullable()
      table.integer('created_by').nullable().references('users.id')
      table.timestamp('created_at', { useTz: true }).notNullable().defaultTo(this.now())
      table.timestamp('updated_at', { useTz: true }).notNullable().defaultTo(this.now())

      table.index(['source_type', 'source_id'])
      table.index(['assignee_id', 'status', 'due_on'])
      table.index(['status', 'due_on'])
    })
  }

  async down() {
    this.schema.dropTable('corrective_actions')
  }
}
