import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * Mechanisms every module shares: gapless numbering counters, the
 * append-only audit trail, record timelines and attachments. Records are
 * referenced polymorphically as (subject_type, subject_id).
 */
export default class extends BaseSchema {
  async up() {
    this.schema.createTable('number_sequences', (table) => {
      table.string('kind', 32).notNullable()
      table.integer('year').notNullable()
      table.integer('last_value').notNullable().defaultTo(0)
      table.primary(['kind', 'year'])
    })

    this.schema.createTable('audit_logs', (table) => {
      table.bigIncrements('id')
      table.string('subject_type', 32).notNullable()
      table.bigInteger('subject_id').notNullable()
      table.string('action', 48).notNullable()
      table.integer('actor_id').nullable().references('users.id')
      table.jsonb('changes').notNullable().defaultTo('{}')
      table.string('ip_address', 64).nullable()
      table.string('user_agent', 512).nullable()
      table.timestamp('created_at', { useTz: true }).notNullable().defaultTo(this.now())
      table.index(['subject_type', 'subject_id', 'id'])
    })
    this.schema.raw(`
      CREATE FUNCTION audit_logs_append_only() RETURNS trigger AS $$
      BEGIN
        RAISE EXCEPTION 'audit_logs is append-only';
      END;
      $$ LANGUAGE plpgsql
    `)
    this.schema.raw(`
      CREATE TRIGGER audit_logs_no_change BEFORE UPDATE OR DELETE ON audit_logs
      FOR EACH ROW EXECUTE FUNCTION audit_logs_append_only()
    `)

    this.schema.createTable('timeline_entries', (table) => {
      table.bigIncrements('id')
      table.string('subject_type', 32).notNullable()
      table.bigInteger('subject_id').notNullable()
      table.string('kind', 32).notNullable()
      table.integer('author_id').nullable().references('users.id')
      table.text('body').nullable()
      table.jsonb('data').notNullable().defaultTo('{}')
      table.timestamp('created_at', { useTz: true }).notNullable().defaultTo(this.now())
      table.index(['subject_type', 'subject_id', 'id'])
    })

    this.schema.createTable('attachments', (table) => {
      table.bigIncrements('id')
      table.string('subject_type', 32).notNullable()
      table.bigInteger('subject_id').notNullable()
      table.string('original_name', 255).notNullable()
      table.string('mime_type', 128).notNullable()
      table.string('kind', 16).notNullable()
      table.bigInteger('size').notNullable()
      table.string('storage_key', 255).notNullable().unique()
      table.string('thumbnail_key', 255).nullable()
      table.integer('uploaded_by').nullable().references('users.id')
      table.timestamp('created_at', { useTz: true }).notNullable().defaultTo(this.now())
      table.index(['subject_type', 'subject_id'])
    })
  }

  async down() {
    this.schema.dropTable('attachments')
    this.schema.dropTable('timeline_entries')
    this.schema.raw('DROP TRIGGER IF EXISTS audit_logs_no_change ON audit_logs')
    this.schema.raw('DROP FUNCTION IF EXISTS audit_logs_append_only()')
    this.schema.dropTable('audit_logs')
    this.schema.dropTable('number_sequences')
  }
}
