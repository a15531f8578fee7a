import { writeFile, mkdir } from 'node:fs/promises'
import { assert } from '@japa/assert'
import { apiClient } from '@japa/api-client'
import { browserClient } from '@japa/browser-client'
import app from '@adonisjs/core/services/app'
import type { Config } from '@japa/runner/types'
import { pluginAdonisJS } from '@japa/plugin-adonisjs'
import testUtils from '@adonisjs/core/services/test_utils'
import { authApiClient } from '@adonisjs/auth/plugins/api_client'
import { sessionApiClient } from '@adonisjs/session/plugins/api_client'
import { shieldApiClient } from '@adonisjs/shield/plugins/api_client'
import { inertiaApiClient } from '@adonisjs/inertia/plugins/api_client'
import { authBrowserClient } from '@adonisjs/auth/plugins/browser_client'
import { sessionBrowserClient } from '@adonisjs/session/plugins/browser_client'
import { launchChromium } from '#tests/helpers/chromium'

export const plugins: Config['plugins'] = [
  assert(),
  pluginAdonisJS(app),
  apiClient(),
  sessionApiClient(app),
  shieldApiClient(),
  authApiClient(app),
  inertiaApiClient(app),
  browserClient({ runInSuites: ['browser'], launcher: launchChromium }),
  sessionBrowserClient(app),
  authBrowserClient(app),
]

/**
 * Migrate once per run (fresh schema), seed the reference data, and write a
 * summary the CI wrapper turns into its "N passed, N failed" line.
 */
export const runnerHooks: Required<Pick<Config, 'setup' | 'teardown'>> = {
  setup: [
    async () => {
      await testUtils.db().migrate()
      const { default: MainSeeder } = await import('#database/seeders/main_seeder')
      const { default: db } = await import('@adonisjs/lucid/services/db')
      await new MainSeeder(db.connection()).run()
    },
  ],
  teardown: [
    async (runner) => {
      const summary = runner.getSummary()
      await mkdir(app.tmpPath(), { recursive: true })
      await writeFile(
        process.env.TEST_SUMMARY_FILE ?? app.tmpPath('test-summary.json'),
        JSON.stringify({
          passed: summary.aggregates.passed,
          failed: summary.aggregates.failed,
          skipped: summary.aggregates.skipped,
          total: summary.aggregates.total,
          hasError: summary.hasError,
        })
      )
    },
  ],
}

/**
 * Functional and browser suites talk to a real HTTP server.
 */
export const configureSuite: Config['configureSuite'] = (suite) => {
  /*
   * Tests roll back their rows, which no write hook sees: list totals
   * cached by one test must not be read by the next (ListTotals).
   */
  const forgetTotals = async () => {
    const { ListTotals } = await import('#services/records/list_totals')
    await ListTotals.forgetAll()
  }
  suite.onGroup((group) => group.each.setup(forgetTotals))
  suite.onTest((current) => current.setup(forgetTotals))
  if (['browser', 'functional'].includes(suite.name)) {
    return suite.setup(() => testUtils.httpServer().start())
  }
}
