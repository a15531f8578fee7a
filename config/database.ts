import env from '#start/env'
import app from '@adonisjs/core/services/app'
import pg from 'pg'
import { defineConfig } from '@adonisjs/lucid'

/**
 * int8 (bigint ids, COUNT(*)) as JavaScript numbers: every value we store
 * stays far below 2^53.
 */
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number.parseInt(value, 10))

/**
 * DATABASE_URL (as Fly sets it) wins over the discrete DB_* variables.
 * Development without either gets the embedded PostgreSQL that
 * `npm run dev` starts, which exports DATABASE_URL for us.
 */
const url = env.get('DATABASE_URL')

const dbConfig = defineConfig({
  connection: 'postgres',
  prettyPrintDebugQueries: !app.inProduction,
  connections: {
    postgres: {
      client: 'pg',
      connection: url
        ? { connectionString: url }
        : {
            host: env.get('DB_HOST', '127.0.0.1'),
            port: env.get('DB_PORT', 5432),
            user: env.get('DB_USER', 'postgres'),
            password: env.get('DB_PASSWORD'),
            database: env.get('DB_DATABASE', 'harmoni360'),
          },
      pool: { min: 0, max: env.get('DB_POOL_MAX', 10) },
      migrations: {
        naturalSort: true,
        paths: ['database/migrations'],
      },
      schemaGeneration: { rulesPaths: ['./database/schema_rules.ts'] },
      seeders: {
        paths: ['database/seeders'],
      },
    },
  },
})

export default dbConfig
