import type { SchemaRules } from '@adonisjs/lucid/types/schema_generator'
import {
  INCIDENT_STATUSES,
  INCIDENT_TYPES,
  PERSON_ROLES,
  PERSON_TYPES,
  TREATMENTS,
} from '#app/data/incidents'
import { CAUSE_CATEGORIES } from '#app/data/investigations'
import { CASE_CLASSIFICATIONS, ILLNESS_TYPES, SEVERE_OUTCOMES } from '#app/data/osha'

/** bigIncrements primary keys, typed as numbers (see config/database.ts). */
const bigIdTables = [
  'security_events',
  'audit_logs',
  'timeline_entries',
  'attachments',
  'corrective_actions',
  'notifications',
]

const bigId = {
  columns: {
    id: { decorators: [{ name: '@column', args: { isPrimary: true } }], tsType: 'number' },
  },
}

const union = (values: readonly string[]) => values.map((value) => `'${value}'`).join(' | ')
const literal = (values: readonly string[]) => ({
  decorators: [{ name: '@column' }],
  tsType: union(values),
})

/**
 * Steers the generated schema classes: bigint columns are numbers (the pg
 * driver parses int8 as Number), citext columns are strings and status
 * columns are their literal unions.
 */
export default {
  types: {
    bigint: { tsType: 'number', decorators: [{ name: '@column' }] },
  },
  tables: {
    ...Object.fromEntries(bigIdTables.map((table) => [table, bigId])),
    corrective_actions: {
      columns: {
        ...bigId.columns,
        source_id: { decorators: [{ name: '@column' }], tsType: 'number' },
        type: literal(['corrective', 'preventive']),
        control_level: literal([
          'elimination',
          'substitution',
          'engineering',
          'administrative',
          'ppe',
        ]),
        priority: literal(['low', 'medium', 'high', 'critical']),
        status: literal(['open', 'in_progress', 'done', 'verified', 'cancelled']),
        effectiveness: literal(['effective', 'partially_effective', 'not_effective']),
      },
    },
    incidents: {
      columns: {
        type: literal(INCIDENT_TYPES),
        status: literal(INCIDENT_STATUSES),
      },
      skipColumns: ['search'],
    },
    investigations: {
      columns: { team_ids: { decorators: [{ name: '@column' }], tsType: 'number[]' } },
    },
    investigation_whys: { columns: { category: literal(CAUSE_CATEGORIES) } },
    recordability_assessments: {
      columns: {
        answers: {
          decorators: [{ name: '@column' }],
          tsType: 'RecordabilityAnswers',
          imports: [
            { source: '#services/osha/recordability', typeImports: ['RecordabilityAnswers'] },
          ],
        },
        classification: literal(CASE_CLASSIFICATIONS),
        illness_type: literal(ILLNESS_TYPES),
      },
    },
    regulatory_reports: { columns: { outcome: literal(SEVERE_OUTCOMES) } },
    incident_people: {
      columns: {
        role: literal(PERSON_ROLES),
        person_type: literal(PERSON_TYPES),
        treatment: literal(TREATMENTS),
      },
    },
    users: {
      columns: {
        email: { decorators: [{ name: '@column' }], tsType: 'string' },
        status: { decorators: [{ name: '@column' }], tsType: `'active' | 'disabled'` },
      },
    },
  },
} satisfies SchemaRules
