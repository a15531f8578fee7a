import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * Authentication state: tracked browser sessions (listable, revocable,
 * with idle/absolute expiry), single-use password reset tokens, rotating
 * API refresh tokens grouped in families, TOTP two-factor secrets and an
 * append-only security log.
 */
export default class extends BaseSchema {
  async up() {
    this.schema.alterTable('users', (table) => {
      table.text('two_factor_secret').nullable()
      table.jsonb('two_factor_recovery_codes').nullable()
      table.timestamp('two_factor_enabled_at', { useTz: true }).nullable()
      table.timestamp('password_changed_at', { useTz: true }).nullable()
      table.timestamp('last_login_at', { useTz: true }).nullable()
    })

    this.schema.createTable('user_sessions', (table) => {
      table.uuid('id').primary()
      table.integer('user_id').notNullable().references('users.id').onDelete('CASCADE')
      table.string('ip_address', 64).nullable()
      table.string('user_agent', 512).nullable()
      table.timestamp('created_at', { useTz: true }).notNullable().defaultTo(this.now())
      table.timestamp('last_seen_at', { useTz: true }).notNullable().defaultTo(this.now())
      table.timestamp('revoked_at', { useTz: true }).nullable()
      table.index(['user_id'])
    })

    this.schema.createTable('password_reset_tokens', (table) => {
      table.increments('id')
      table.integer('user_id').notNullable().references('users.id').onDelete('CASCADE')
      table.string('token_hash', 128).notNullable().unique()
      table.timestamp('expires_at', { useTz: true }).notNullable()
      table.timestamp('used_at', { useTz: true }).nullable()
      table.timestamp('created_at', { useTz: true }).notNullable().defaultTo(this.now())
    })

    this.schema.createTable('refresh_tokens', (table) => {
      table.uuid('id').primary()
      table.integer('user_id').notNullable().references('users.id').onDelete('CASCADE')
      table.uuid('family_id').notNullable()
      table.string('token_hash', 128).notNullable().unique()
      table.timestamp('expires_at', { useTz: true }).notNullable()
      table.timestamp('used_at', { useTz: true }).nullable()
      table.timestamp('revoked_at', { useTz: true }).nullable()
      table.timestamp('created_at', { useTz: true }).notNullable().defaultTo(this.now())
      table.index(['family_id'])
    })

    this.schema.createTable('security_events', (table) => {
      table.bigIncrements('id')
      table.integer('user_id').nullable().references('users.id')
      table.integer('actor_id').nullable().references('users.id')
      table.string('event', 48).notNullable()
      table.string('email', 254).nullable()
      table.string('ip_address', 64).nullable()
      table.string('user_agent', 512).nullable()
      table.jsonb('meta').notNullable().defaultTo('{}')
      table.timestamp('created_at', { useTz: true }).notNullable().defaultTo(this.now())
      table.index(['created_at'])
      table.index(['user_id'])
    })
    this.schema.raw(`
      CREATE FUNCTION security_events_append_only() RETURNS trigger AS $$
      BEGIN
        RAISE EXCEPTION 'security_events is append-only';
      END;
      $$ LANGUAGE plpgsql
    `)
    this.schema.raw(`
      CREATE TRIGGER security_events_no_change BEFORE UPDATE OR DELETE ON security_events
      FOR EACH ROW EXECUTE FUNCTION security_events_append_only()
    `)
  }

  async down() {
    this.schema.raw('DROP TRIGGER IF EXISTS security_events_no_change ON security_events')
    this.schema.raw('DROP FUNCTION IF EXISTS security_events_append_only()')
    this.schema.dropTable('security_events')
    this.schema.dropTable('refresh_tokens')
    this.schema.dropTable('password_reset_tokens')
    this.schema.dropTable('user_sessions')
    this.schema.alterTable('users', (table) => {
      table.dropColumn('two_factor_secret')
      table.dropColumn('two_factor_recovery_codes')
      table.dropColumn('two_factor_enabled_at')
      table.dropColumn('password_changed_at')
      table.dropColumn('last_login_at')
    })
  }
}
