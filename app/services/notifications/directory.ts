import db from '@adonisjs/lucid/services/db'
import {
  lookupKey,
  lookupsFor,
  resolveRecipients,
  type NotificationEvent,
  type Recipient,
  type RoleLookup,
} from '#services/notifications/recipient_resolver'

/**
 * Active users holding a role at a site, or anywhere when siteId is null.
 * A grant applies to a site when the role is organisation-wide, when the
 * grant names the site, or when the grant has no site and the user belongs
 * to that site (the same reading as PermissionService).
 */
export async function usersWithRole({ role, siteId }: RoleLookup): Promise<number[]> {
  const query = db
    .from('users')
    .join('user_roles', 'user_roles.user_id', 'users.id')
    .join('roles', 'roles.id', 'user_roles.role_id')
    .where('roles.name', role)
    .where('users.status', 'active')
    .distinct('users.id')
  if (siteId !== null) {
    query.where((scope) => {
      scope
        .where('roles.all_sites', true)
        .orWhere('user_roles.site_id', siteId)
        .orWhere((own) => {
          own.whereNull('user_roles.site_id').whereExists((member) => {
            member
              .from('user_sites')
              .whereColumn('user_sites.user_id', 'users.id')
              .where('user_sites.site_id', siteId)
          })
        })
    })
  }
  const rows: { id: number }[] = await query
  return rows.map((row) => row.id)
}

/** Loads the role lookups an event needs, then resolves its recipients. */
export async function recipientsOf(event: NotificationEvent): Promise<Recipient[]> {
  const answers = new Map<string, number[]>()
  for (const lookup of lookupsFor(event)) {
    const key = lookupKey(lookup)
    if (!answers.has(key)) answers.set(key, await usersWithRole(lookup))
  }
  return resolveRecipients(event, (lookup) => answers.get(lookupKey(lookup)) ?? [])
}
