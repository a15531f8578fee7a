import { randomBytes } from 'node:crypto'
import db from '@adonisjs/lucid/services/db'
import type { HttpContext } from '@adonisjs/core/http'
import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import User from '#models/user'
import Role from '#models/role'
import { AdminRuleException } from '#exceptions/admin_rule_exception'
import { PermissionService } from '#services/permission_service'
import { SecurityLog, type SecurityEventName } from '#services/security_log'
import { SessionTracker } from '#services/session_tracker'
import { ApiTokenService } from '#services/api_token_service'
import { SUPER_ADMIN, SuperAdmins } from '#services/super_admins'
import { TwoFactorService } from '#services/two_factor_service'
import { PasswordResetService } from '#services/password_reset_service'

/** Who is acting, and the request (for the security log's IP and agent). */
export type Audit = { actor: User | null; ctx?: HttpContext }

export type RoleGrant = { roleId: number; siteId?: number | null }

export type UserFilters = {
  search?: string
  role?: number
  site?: number
  status?: 'active' | 'disabled'
  page?: number
}

/** Without a password, an invitation (the password reset mail) lets the user choose one. */
export type NewUser = {
  name: string
  email: string
  locale: string
  password?: string
  invite?: boolean
  roles: RoleGrant[]
  sites: number[]
}

/** One role grant, resolved: the role and the site it is limited to. */
export type Grant = { role: Role; siteId: number | null }

/** Role grants to add and remove, and the new site list, for one user. */
export type AccessPlan = { added: Grant[]; removed: Grant[]; sites: number[] }

type LogEntry = { event: SecurityEventName; meta?: Record<string, unknown> }

export const USERS_PER_PAGE = 25

const grantKey = (grant: { role: Role; siteId: number | null }) =>
  `${grant.role.id}:${grant.siteId ?? 'all'}`

const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (char) => `\\${char}`)}%`

/**
 * Managing user accounts: listing, creating, profile edits, role and site
 * assignments, disabling and enabling, and resetting two-factor. Each
 * change is one transaction; the security log and the permission cache are
 * updated after it commits.
 */
export class UserAdminService {
  list(filters: UserFilters) {
    const query = User.query()
      .preload('roles', (roles) => roles.orderBy('label'))
      .preload('sites', (sites) => sites.orderBy('name'))
      .orderBy('name')
      .orderBy('id')

    if (filters.search) {
      const pattern = likePattern(filters.search)
      query.where((match) => match.whereILike('name', pattern).orWhereILike('email', pattern))
    }
    if (filters.status) query.where('status', filters.status)
    if (filters.role) {
      query.whereHas('roles', (roles) => roles.where('roles.id', filters.role!))
    }
    if (filters.site) {
      const site = filters.site
      query.where((match) =>
        match
          .whereHas('sites', (sites) => sites.where('sites.id', site))
          .orWhereHas('roles', (roles) => roles.where('user_roles.site_id', site))
      )
    }
    return query.paginate(filters.page ?? 1, USERS_PER_PAGE)
  }

  async load(user: User) {
    await user.load('roles', (roles) => roles.orderBy('label'))
    await user.load('sites', (sites) => sites.orderBy('name'))
    return user
  }

  async create(data: NewUser, audit: Audit) {
    const grants = await this.resolveGrants(data.roles)
    const user = await db.transaction(async (trx) => {
      const created = await User.create(
        {
          name: data.name,
          email: data.email,
          locale: data.locale,
          password: data.password ?? UserAdminService.unusablePassword(),
          status: 'active',
        },
        { client: trx }
      )
      await this.writeGrants(created.id, grants, [], trx)
      await this.writeSites(created.id, data.sites, trx)
      return created
    })
    await PermissionService.invalidate()
    await this.log(user, audit, [
      { event: 'user.created', meta: { roles: grants.map((grant) => grant.role.name) } },
      ...grants.map((grant) => this.grantEntry('role.assigned', grant)),
    ])
    if (audit.ctx && (data.invite || !data.password)) {
      await PasswordResetService.request(audit.ctx, user.email)
    }
    return user
  }

  /** A random password nobody knows, for accounts that set theirs through an invitation. */
  static unusablePassword() {
    return randomBytes(48).toString('base64url')
  }

  async updateProfile(
    user: User,
    data: { name: string; email: string; locale: string },
    audit: Audit
  ) {
    user.merge(data)
    const changed = Object.keys(user.$dirty)
    await db.transaction(async (trx) => {
      user.useTransaction(trx)
      await user.save()
    })
    if (changed.length > 0) {
      await this.log(user, audit, [{ event: 'user.updated', meta: { fields: changed } }])
    }
    return user
  }

  /**
   * What changes when the user's grants become `roles` and sites become
   * `sites`. Roles that apply to every site never carry a site limit.
   */
  async planAccess(user: User, roles: RoleGrant[], sites: number[]): Promise<AccessPlan> {
    const current = await this.currentGrants(user.id)
    const wanted = await this.resolveGrants(roles)
    const currentKeys = new Set(current.map(grantKey))
    const wantedKeys = new Set(wanted.map(grantKey))
    return {
      added: wanted.filter((grant) => !currentKeys.has(grantKey(grant))),
      removed: current.filter((grant) => !wantedKeys.has(grantKey(grant))),
      sites: [...new Set(sites)],
    }
  }

  async applyAccess(user: User, plan: AccessPlan, audit: Audit) {
    const losesSuperAdmin = await this.losesRole(user.id, plan, SUPER_ADMIN)
    const previousSites = await db.from('user_sites').where('user_id', user.id).select('site_id')
    await db.transaction(async (trx) => {
      if (losesSuperAdmin) {
        await SuperAdmins.lock(trx)
        if (await SuperAdmins.isLastActive(user.id, trx)) {
          throw new AdminRuleException('admin.rules.last_super_admin_role')
        }
      }
      await this.writeGrants(user.id, plan.added, plan.removed, trx)
      await this.writeSites(user.id, plan.sites, trx)
    })
    await PermissionService.invalidate()

    const before = previousSites.map((row: { site_id: number }) => row.site_id).sort()
    const after = [...plan.sites].sort()
    const sitesChanged = before.join(',') !== after.join(',')
    await this.log(user, audit, [
      ...plan.removed.map((grant) => this.grantEntry('role.removed', grant)),
      ...plan.added.map((grant) => this.grantEntry('role.assigned', grant)),
      ...(sitesChanged ? [{ event: 'user.updated' as const, meta: { sites: after } }] : []),
    ])
  }

  /** Disables the account and ends its browser sessions and API tokens. */
  async disable(user: User, audit: Audit) {
    if (audit.actor?.id === user.id) throw new AdminRuleException('admin.rules.disable_self')
    await db.transaction(async (trx) => {
      await SuperAdmins.lock(trx)
      if (await SuperAdmins.isLastActive(user.id, trx)) {
        throw new AdminRuleException('admin.rules.last_super_admin_disable')
      }
      user.useTransaction(trx)
      user.status = 'disabled'
      await user.save()
    })
    await SessionTracker.revokeAll(user.id)
    await ApiTokenService.revokeAllFor(user.id)
    await this.log(user, audit, [{ event: 'user.disabled' }])
  }

  async enable(user: User, audit: Audit) {
    if (user.status === 'active') return
    await db.transaction(async (trx) => {
      user.useTransaction(trx)
      user.status = 'active'
      await user.save()
    })
    await this.log(user, audit, [{ event: 'user.enabled' }])
  }

  /**
   * Turns two-factor off so the user can enrol again (lost phone); the
   * two-factor service clears it and logs two_factor.reset. Their sessions
   * end: whoever is signed in as them signed in with the old factor.
   */
  async resetTwoFactor(user: User, audit: Audit & { actor: User }) {
    await TwoFactorService.reset(user, audit.actor, audit.ctx)
    await SessionTracker.revokeAll(user.id)
  }

  protected async currentGrants(userId: number): Promise<Grant[]> {
    const rows: { role_id: number; site_id: number | null }[] = await db
      .from('user_roles')
      .where('user_id', userId)
      .select('role_id', 'site_id')
    const roles = await Role.query().whereIn(
      'id',
      rows.map((row) => row.role_id)
    )
    const byId = new Map(roles.map((role) => [role.id, role]))
    return rows.map((row) => ({ role: byId.get(row.role_id)!, siteId: row.site_id }))
  }

  /** The roles of `grants`, deduplicated; organisation-wide roles lose any site limit. */
  async resolveGrants(grants: RoleGrant[]): Promise<Grant[]> {
    const roles = await Role.query().whereIn(
      'id',
      grants.map((grant) => grant.roleId)
    )
    const byId = new Map(roles.map((role) => [role.id, role]))
    const resolved = new Map<string, Grant>()
    for (const grant of grants) {
      const role = byId.get(grant.roleId)
      if (!role) continue
      const entry = { role, siteId: role.allSites ? null : (grant.siteId ?? null) }
      resolved.set(grantKey(entry), entry)
    }
    return [...resolved.values()]
  }

  protected async losesRole(userId: number, plan: AccessPlan, name: string) {
    if (!plan.removed.some((grant) => grant.role.name === name)) return false
    if (plan.added.some((grant) => grant.role.name === name)) return false
    const current = await this.currentGrants(userId)
    const remaining = current.filter(
      (grant) =>
        grant.role.name === name &&
        !plan.removed.some((removed) => grantKey(removed) === grantKey(grant))
    )
    return remaining.length === 0
  }

  protected async writeGrants(
    userId: number,
    added: Grant[],
    removed: Grant[],
    trx: TransactionClientContract
  ) {
    for (const grant of removed) {
      const query = trx.from('user_roles').where('user_id', userId).where('role_id', grant.role.id)
      if (grant.siteId === null) query.whereNull('site_id')
      else query.where('site_id', grant.siteId)
      await query.delete()
    }
    if (added.length > 0) {
      await trx
        .table('user_roles')
        .insert(
          added.map((grant) => ({ user_id: userId, role_id: grant.role.id, site_id: grant.siteId }))
        )
    }
  }

  protected async writeSites(userId: number, sites: number[], trx: TransactionClientContract) {
    await trx.from('user_sites').where('user_id', userId).delete()
    const unique = [...new Set(sites)]
    if (unique.length > 0) {
      await trx
        .table('user_sites')
        .insert(unique.map((site) => ({ user_id: userId, site_id: site })))
    }
  }

  protected grantEntry(event: 'role.assigned' | 'role.removed', grant: Grant): LogEntry {
    return { event, meta: { role: grant.role.name, site_id: grant.siteId } }
  }

  protected async log(user: User, audit: Audit, entries: LogEntry[]) {
    for (const entry of entries) {
      await SecurityLog.record(entry.event, {
        ctx: audit.ctx,
        userId: user.id,
        actorId: audit.actor?.id ?? null,
        email: user.email,
        meta: entry.meta,
      })
    }
  }
}
