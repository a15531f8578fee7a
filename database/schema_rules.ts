import type { SchemaRules } from '@adonisjs/lucid/types/schema_generator'

/**
 * Steers the generated schema classes: citext columns are strings and
 * status columns are their literal unions.
 */
export default {
  tables: {
    users: {
      columns: {
        email: { decorators: [{ name: '@column' }], tsType: 'string' },
        status: { decorators: [{ name: '@column' }], tsType: `'active' | 'disabled'` },
      },
    },
  },
} satisfies SchemaRules
