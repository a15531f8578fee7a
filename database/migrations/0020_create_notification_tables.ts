import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * Notifications, per user and per kind. Title and body are rendered in the
 * recipient's language when the row is created; the link is a route name
 * plus its params, built into a URL when shown or mailed. Watchers follow
 * any record through the same polymorphic (subject_type, subject_id) pair
 * as the other shared mechanisms. `digested_at` marks items already sent
 * in a daily digest.
 */
export default class extends BaseSchema {
  async up() {
    this.schema.createTable('notifications', (table) => {
      table.bigIncrements('id')
      table.integer('user_id').notNullable().references('users.id').onDelete('CASCADE')
      table.string('kind', 48).notNullable()
      table.string('title', 255).notNullable()
      table.text('body').notNullable().defaultTo('')
      table.string('route_name', 96).nullable()
      table.jsonb('route_params').notNullable().defaultTo('{}')
      table.string('subject_type', 32).nullable()
      table.bigInteger('subject_id').nullable()
      table.boolean('urgent').notNullable().defaultTo(false)
      table.timestamp('read_at', { useTz: true }).nullable()
      table.timestamp('digested_at', { useTz: true }).nullable()
      table.timestamp('created_at', { useTz: true }).notNullable().defaultTo(this.now())
      table.index(['user_id', 'id'])
    })
    this.schema.raw(
      'CREATE INDEX notifications_unread ON notifications (user_id, id) WHERE read_at IS NULL'
    )

    this.schema.createTable('notification_preferences', (table) => {
      table.integer('user_id').notNullable().references('users.id').onDelete('CASCADE')
      table.string('kind', 48).notNullable()
      table.string('channel', 8).notNullable()
      table.primary(['user_id', 'kind'])
    })
    this.schema.raw(
      `ALTER TABLE notification_preferences ADD CONSTRAINT notification_preferences_channel_check
       CHECK (channel IN ('in_app', 'email', 'both', 'digest', 'none'))`
    )

    this.schema.createTable('record_watchers', (table) => {
      table.string('subject_type', 32).notNullable()
      table.bigInteger('subject_id').notNullable()
      table.integer('user_id').notNullable().references('users.id').onDelete('CASCADE')
      table.timestamp('created_at', { useTz: true }).notNullable().defaultTo(this.now())
      table.primary(['subject_type', 'subject_id', 'user_id'])
      table.index(['user_id'])
    })
  }

  async down() {
    this.schema.dropTable('record_watchers')
    this.schema.dropTable('notification_preferences')
    this.schema.dropTable('notifications')
  }
}
