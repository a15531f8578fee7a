import Site from '#models/site'
import User from '#models/user'
import { PermissionService } from '#services/permission_service'
import { RecordTypes } from '#services/records/record_types'
import { DEMO_PASSWORD, demoEmail } from '#app/data/roles'

/**
 * A record type for the corrective-action tests that is not any real
 * module: sites stand in for source records (each is its own site), read
 * and update follow `incidents.read` / `incidents.update` for that site,
 * and the responsible manager is whoever a test names. It proves the CAPA
 * mechanism works through the registry alone.
 */
export const SOURCE_TYPE = 'capa_test_source'
const managers = new Map<number, number>()

RecordTypes.register<Site>(SOURCE_TYPE, {
  module: 'incidents',
  find: (id) => Site.find(id),
  canRead: (user, site) => PermissionService.can(user, 'incidents', 'read', { site: site.id }),
  canUpdate: (user, site) => PermissionService.can(user, 'incidents', 'update', { site: site.id }),
  summarise: (site) => ({
    siteId: site.id,
    managerId: managers.get(site.id) ?? null,
    label: `SRC-${site.code}`,
  }),
})

/**
 * A record type that lets anyone read and comment, as a reporter may on
 * their own incident: planning actions must still need `update` on the
 * module.
 */
export const OPEN_SOURCE_TYPE = 'capa_test_open_source'
RecordTypes.register<Site>(OPEN_SOURCE_TYPE, {
  module: 'incidents',
  find: (id) => Site.find(id),
  canRead: async () => true,
  canUpdate: async () => true,
  summarise: (site) => ({ siteId: site.id, managerId: null, label: `OPEN-${site.code}` }),
})

export function setManager(site: Site, user: User | null) {
  if (user) managers.set(site.id, user.id)
  else managers.delete(site.id)
}

export const demoUser = (role: string) => User.findByOrFail('email', demoEmail(role))

export async function demoSite() {
  return Site.query().orderBy('id').firstOrFail()
}

export function assigneeUser(email = 'assignee@example.org') {
  return User.create({ name: 'Budi Santoso', email, password: DEMO_PASSWORD, locale: 'en' })
}

export function plan(assigneeId: number, overrides: Record<string, unknown> = {}) {
  return {
    title: 'Guard the conveyor pinch point',
    description: 'Fit a fixed guard and add a warning sign.',
    type: 'corrective',
    controlLevel: 'engineering',
    priority: 'high',
    assigneeId,
    dueOn: '2030-01-31',
    ...overrides,
  }
}
