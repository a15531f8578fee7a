import app from '@adonisjs/core/services/app'
import { BaseSeeder } from '@adonisjs/lucid/seeders'
import RoleSeeder from '#database/seeders/role_seeder'
import DemoSeeder from '#database/seeders/demo_seeder'
import IncidentSeeder from '#database/seeders/incident_seeder'

/**
 * Runs on every deploy: roles always; demo data only outside production,
 * demo incidents only in development.
 */
export default class MainSeeder extends BaseSeeder {
  async run() {
    await new RoleSeeder(this.client).run()
    if (!app.inProduction) {
      await new DemoSeeder(this.client).run()
    }
    if (app.inDev) {
      await new IncidentSeeder(this.client).run()
    }
  }
}
