import type { SchemaRules } from '@adonisjs/lucid/types/schema_generator'

/** bigIncrements primary keys, typed as numbers (see config/database.ts). */
const bigIdTables = [
  'security_events',
  'audit_logs',
  'timeline_entries',
  'attachments',
  'notifications',
]

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
    users: {
      columns: {
        email: { decorators: [{ name: '@column' }], tsType: 'string' },
        status: { decorators: [{ name: '@column' }], tsType: `'active' | 'disabled'` },
      },
    },
  },
} satisfies SchemaRules
