import type { SchemaRules } from '@adonisjs/lucid/types/schema_generator'

/** bigIncrements primary keys, typed as numbers (see config/database.ts). */
const bigIdTables = [
  'security_events',
  'audit_logs',
  'timeline_entries',
  'attachments',
  'corrective_actions',
]

const union = (values: string[]) => ({
  decorators: [{ name: '@column' }],
  tsType: values.map((value) => `'${value}'`).join(' | '),
})

const bigId = {
  columns: {
    id: { decorators: [{ name: '@column', args: { isPrimary: true } }], tsType: 'number' },
  },
}

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
        type: union(['corrective', 'preventive']),
        control_level: union([
          'elimination',
          'substitution',
          'engineering',
          'administrative',
          'ppe',
        ]),
        priority: union(['low', 'medium', 'high', 'critical']),
        status: union(['open', 'in_progress', 'done', 'verified', 'cancelled']),
        effectiveness: union(['effective', 'partially_effective', 'not_effective']),
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
