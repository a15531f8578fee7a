import db from '@adonisjs/lucid/services/db'
import Role from '#models/role'
import Site from '#models/site'
import type User from '#models/user'
import { WebSession } from '#tests/functional/account/web_session'
import { SseClient } from '#tests/helpers/sse_client'

export { PASSWORD, createUser } from '#tests/functional/account/fixtures'

/** Grants a built-in role, at one site or (siteId null) on the user's own sites. */
export async function grantRole(user: User, role: string, siteId: number | null) {
  const { id } = await Role.findByOrFail('name', role)
  await db.table('user_roles').insert({ user_id: user.id, role_id: id, site_id: siteId })
}

/** The seeded site and a second one of the same organisation. */
export async function twoSites() {
  const main = await Site.query().orderBy('id').firstOrFail()
  const other = await Site.create({
    organisationId: main.organisationId,
    code: `N${Date.now() % 1_000_000}`,
    name: 'North Yard',
  })
  return [main, other] as const
}

/** A Transmit client on the in-process test server, signed in as `web`. */
export function sseFor(web: WebSession) {
  return new SseClient(
    WebSession.baseUrl(),
    () => [...web.cookies].map(([name, value]) => `${name}=${value}`).join('; '),
    () => decodeURIComponent(web.cookies.get('XSRF-TOKEN') ?? '')
  )
}
