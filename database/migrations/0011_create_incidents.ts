import { BaseSchema } from '@adonisjs/lucid/schema'
import {
  INCIDENT_STATUSES,
  INCIDENT_TYPES,
  PERSON_ROLES,
  PERSON_TYPES,
  PSIF_THRESHOLD,
  TREATMENTS,
} from '#app/data/incidents'

/**
 * Incidents and the people involved in them. The PSIF flag and the
 * full-text search vector are generated columns, so they can never
 * disagree with the fields they come from. Indexes follow the list
 * filters and the default sort (newest first).
 */
export default class extends BaseSchema {
  async up() {
    this.schema.createTable('incidents', (table) => {
      table.increments('id')
      table.string('number', 40).notNullable().unique()
      table.enum('type', INCIDENT_TYPES).notNullable()
      table.string('title', 200).notNullable()
      table.text('description').notNullable()
      table.text('immediate_actions').nullable()
      table.timestamp('occurred_at', { useTz: true }).notNullable()
      table.integer('site_id').notNullable().references('sites.id')
      table.integer('location_id').nullable().references('locations.id').onDelete('SET NULL')
      table.integer('department_id').nullable().references('departments.id').onDelete('SET NULL')
      table.integer('reporter_id').nullable().references('users.id').onDelete('SET NULL')
      table.boolean('is_anonymous').notNullable().defaultTo(false)
      table.string('anonymous_passcode_hash', 255).nullable()
      table.enum('status', INCIDENT_STATUSES).notNullable().defaultTo('reported')
      table.smallint('actual_severity').nullable()
      table.smallint('potential_severity').nullable()
      table.integer('responsible_manager_id').nullable().references('users.id')
      table.integer('investigator_id').nullable().references('users.id')
      table.text('lessons_learned').nullable()
      table.decimal('latitude', 9, 6).nullable()
      table.decimal('longitude', 9, 6).nullable()
      table.text('reopened_reason').nullable()
      table.timestamp('closed_at', { useTz: true }).nullable()
      table.timestamp('created_at', { useTz: true }).notNullable().defaultTo(this.now())
      table.timestamp('updated_at', { useTz: true }).notNullable().defaultTo(this.now())

      table.index(['occurred_at', 'id'])
      table.index(['site_id', 'occurred_at'])
      table.index(['status', 'occurred_at'])
      table.index(['type', 'occurred_at'])
      table.index(['reporter_id', 'occurred_at'])
      table.index(['investigator_id'])
      table.index(['responsible_manager_id'])
    })
    this.schema.raw(`
      ALTER TABLE incidents
        ADD CONSTRAINT incidents_actual_severity_range CHECK (actual_severity BETWEEN 1 AND 5),
        ADD CONSTRAINT incidents_potential_severity_range CHECK (potential_severity BETWEEN 1 AND 5),
        ADD COLUMN is_psif boolean GENERATED ALWAYS AS
          (COALESCE(potential_severity, 0) >= ${PSIF_THRESHOLD}) STORED,
        ADD COLUMN search tsvector GENERATED ALWAYS AS (
          setweight(to_tsvector('simple', number), 'A') ||
          setweight(to_tsvector('simple', coalesce(title, '')), 'A') ||
          setweight(to_tsvector('simple', coalesce(description, '')), 'B')
        ) STORED
    `)
    this.schema.raw('CREATE INDEX incidents_search_index ON incidents USING GIN (search)')
    this.schema.raw(
      'CREATE INDEX incidents_psif_index ON incidents (occurred_at DESC) WHERE is_psif'
    )

    this.schema.createTable('incident_people', (table) => {
      table.increments('id')
      table.integer('incident_id').notNullable().references('incidents.id').onDelete('CASCADE')
      table.enum('role', PERSON_ROLES).notNullable()
      table.integer('user_id').nullable().references('users.id').onDelete('SET NULL')
      table.string('name', 200).nullable()
      table.enum('person_type', PERSON_TYPES).notNullable().defaultTo('staff')
      table.string('body_part', 120).nullable()
      table.string('nature_of_injury', 200).nullable()
      table.enum('treatment', TREATMENTS).nullable()
      table.integer('days_away').notNullable().defaultTo(0)
      table.integer('days_restricted').notNullable().defaultTo(0)
      table.timestamp('created_at', { useTz: true }).notNullable().defaultTo(this.now())
      table.timestamp('updated_at', { useTz: true }).notNullable().defaultTo(this.now())
      table.index(['incident_id'])
    })
    this.schema.raw(`
      ALTER TABLE incident_people
        ADD CONSTRAINT incident_people_identified CHECK (user_id IS NOT NULL OR name IS NOT NULL),
        ADD CONSTRAINT incident_people_days CHECK (days_away >= 0 AND days_restricted >= 0)
    `)
  }

  async down() {
    this.schema.dropTable('incident_people')
    this.schema.dropTable('incidents')
  }
}
