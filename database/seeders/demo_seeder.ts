import { BaseSeeder } from '@adonisjs/lucid/seeders'
import Organisation from '#models/organisation'
import Site from '#models/site'
import Location from '#models/location'
import Department from '#models/department'
import Role from '#models/role'
import User from '#models/user'
import { BUILTIN_ROLES, DEMO_PASSWORD, demoEmail } from '#app/data/roles'

const LOCATIONS = [
  { name: 'Main building', kind: 'building', isHighRisk: false },
  { name: 'Science laboratory', kind: 'room', isHighRisk: true },
  { name: 'Workshop', kind: 'area', isHighRisk: true },
  { name: 'Sports hall', kind: 'building', isHighRisk: false },
  { name: 'Car park', kind: 'area', isHighRisk: false },
]

const DEPARTMENTS = ['Facilities', 'Science', 'Administration', 'Security', 'Health services']

/**
 * Demo organisation, one site with locations and departments, and one user
 * per role. Development and test only; safe to run repeatedly.
 */
export default class DemoSeeder extends BaseSeeder {
  static environment = ['development', 'test']

  async run() {
    const client = this.client
    const organisation = await Organisation.firstOrCreate(
      { slug: 'demo' },
      { name: 'Harmoni Demo School', settings: {} },
      { client }
    )
    const site = await Site.firstOrCreate(
      { code: 'MAIN' },
      { organisationId: organisation.id, name: 'Main Campus', timezone: 'Asia/Jakarta' },
      { client }
    )
    await Location.updateOrCreateMany(
      ['siteId', 'name'],
      LOCATIONS.map((location) => ({ ...location, siteId: site.id })),
      { client }
    )
    await Department.updateOrCreateMany(
      ['siteId', 'name'],
      DEPARTMENTS.map((name) => ({ name, siteId: site.id })),
      { client }
    )

    const roles = await Role.query({ client }).whereIn(
      'name',
      BUILTIN_ROLES.map((role) => role.name)
    )

    for (const role of roles) {
      const user = await User.firstOrCreate(
        { email: demoEmail(role.name) },
        { name: `Demo ${role.label}`, password: DEMO_PASSWORD, locale: 'en', status: 'active' },
        { client }
      )
      await user.related('roles').sync({ [role.id]: { site_id: null } }, false)
      await user.related('sites').sync([site.id], false)
    }
  }
}
