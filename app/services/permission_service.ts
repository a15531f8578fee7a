import db from '@adonisjs/lucid/services/db'
import cache from '@adonisjs/cache/services/main'
import type User from '#models/user'
import type { PermissionAction, PermissionKey, PermissionModule } from '#app/data/permissions'

type Scope = { all: boolean; sites: number[] }
type Snapshot = { roles: string[]; grants: Record<string, Scope> }

const CACHE_TAG = 'permissions'

/**
 * What one user may do: for each `module.action`, either every site or a
 * list of sites. Built from the role/permission tables.
 */
export class PermissionSet {
  constructor(
    readonly roles: string[],
    private grants: Record<string, Scope>
  ) {}

  can(module: PermissionModule, action: PermissionAction, options: { site?: number | null } = {}) {
    const scope = this.grants[`${module}.${action}`]
    if (!scope) return false
    if (scope.all) return true
    if (options.site === undefined || options.site === null) return scope.sites.length > 0
    return scope.sites.includes(options.site)
  }

  /** Sites where the action is allowed: 'all', or a (possibly empty) list. */
  sitesFor(module: PermissionModule, action: PermissionAction): 'all' | number[] {
    const scope = this.grants[`${module}.${action}`]
    if (!scope) return []
    return scope.all ? 'all' : scope.sites
  }

  hasRole(...names: string[]) {
    return names.some((name) => this.roles.includes(name))
  }

  keys(): PermissionKey[] {
    return Object.keys(this.grants) as PermissionKey[]
  }

  toJSON(): Snapshot {
    return { roles: this.roles, grants: this.grants }
  }
}

const perRequest = new WeakMap<User, Promise<PermissionSet>>()

/**
 * The single answer to "may this user do that?". Permission sets are
 * cached per user across requests (memory, plus Redis when configured) and
 * memoised on the user instance for the rest of the request. Any change to
 * roles, grants or role assignments calls `invalidate()`.
 */
export class PermissionService {
  static forUser(user: User): Promise<PermissionSet> {
    let pending = perRequest.get(user)
    if (!pending) {
      pending = cache
        .getOrSet({
          key: `permissions:user:${user.id}`,
          tags: [CACHE_TAG],
          ttl: '10m',
          factory: () => this.load(user.id),
        })
        .then((snapshot) => new PermissionSet(snapshot.roles, snapshot.grants))
      perRequest.set(user, pending)
    }
    return pending
  }

  static async can(
    user: User | null | undefined,
    module: PermissionModule,
    action: PermissionAction,
    options: { site?: number | null } = {}
  ) {
    if (!user || user.status !== 'active') return false
    const permissions = await this.forUser(user)
    return permissions.can(module, action, options)
  }

  static async invalidate() {
    await cache.deleteByTag({ tags: [CACHE_TAG] })
  }

  /** Forgets the memoised set of one user instance (after changing its roles). */
  static forget(user: User) {
    perRequest.delete(user)
  }

  static async load(userId: number): Promise<Snapshot> {
    const rows: {
      name: string
      all_sites: boolean
      site_id: number | null
      module: string | null
      action: string | null
    }[] = await db
      .from('user_roles')
      .join('roles', 'roles.id', 'user_roles.role_id')
      .leftJoin('role_permissions', 'role_permissions.role_id', 'roles.id')
      .leftJoin('permissions', 'permissions.id', 'role_permissions.permission_id')
      .where('user_roles.user_id', userId)
      .select('roles.name', 'roles.all_sites', 'user_roles.site_id', 'permissions.module')
      .select('permissions.action')

    const needsOwnSites = rows.some((row) => row.site_id === null && !row.all_sites)
    const siteRows: { site_id: number }[] = needsOwnSites
      ? await db.from('user_sites').where('user_id', userId).select('site_id')
      : []
    const ownSites = siteRows.map((row) => row.site_id)

    const roles = [...new Set(rows.map((row) => row.name))]
    const grants: Record<string, Scope> = {}
    for (const row of rows) {
      if (!row.module || !row.action) continue
      const key = `${row.module}.${row.action}`
      const scope = (grants[key] ??= { all: false, sites: [] })
      if (row.all_sites) scope.all = true
      else
        for (const site of row.site_id === null ? ownSites : [row.site_id]) {
          if (!scope.sites.includes(site)) scope.sites.push(site)
        }
    }
    return { roles, grants }
  }
}
