import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import { adminSections } from '#services/admin_sections'
import User from '#models/user'
import Role from '#models/role'
import Site from '#models/site'
import { UserAdminService, type Audit } from '#services/user_admin_service'
import AdminUserTransformer from '#transformers/admin_user_transformer'
import {
  AdminMessages,
  createUserValidator,
  lenientFilters,
  updateUserValidator,
  userAccessValidator,
  userFiltersValidator,
  userStatusValidator,
} from '#validators/admin'

/**
 * Administration of user accounts. Record rules live in UserPolicy; the
 * changes themselves in UserAdminService.
 */
@inject()
export default class UsersController {
  constructor(protected users: UserAdminService) {}

  async index({ request, inertia, bouncer, auth }: HttpContext) {
    await bouncer.with('UserPolicy').authorize('viewList')
    const filters = await lenientFilters(userFiltersValidator, request.qs())
    const page = await this.users.list(filters)
    return inertia.render('admin/users/index', {
      sections: await adminSections(auth.getUserOrFail()),
      users: AdminUserTransformer.paginate(page.all(), page.getMeta()),
      filters: {
        search: filters.search ?? '',
        role: filters.role ?? null,
        site: filters.site ?? null,
        status: filters.status ?? null,
      },
      roles: await this.roleChoices(),
      sites: await this.siteChoices(),
      can: { create: await bouncer.with('UserPolicy').allows('create') },
    })
  }

  async create({ inertia, bouncer, auth }: HttpContext) {
    await bouncer.with('UserPolicy').authorize('create')
    return inertia.render('admin/users/create', {
      sections: await adminSections(auth.getUserOrFail()),
      roles: await this.grantableRoles(bouncer),
      sites: await this.siteChoices(),
    })
  }

  async store(ctx: HttpContext) {
    const { request, response, bouncer, session, i18n } = ctx
    await bouncer.with('UserPolicy').authorize('create')
    const data = await request.validateUsing(createUserValidator, {
      messagesProvider: new AdminMessages(i18n),
    })
    for (const grant of await this.users.resolveGrants(data.roles)) {
      await bouncer.with('UserPolicy').authorize('grant', grant.role)
    }

    const user = await this.users.create(data, this.audit(ctx))
    session.flash('success', i18n.t('admin.flash.user_created', { name: user.name }))
    return response.redirect().toRoute('admin.users.edit', { user: user.id })
  }

  async edit({ params, inertia, bouncer, auth }: HttpContext) {
    const user = await User.findOrFail(params.user)
    await bouncer.with('UserPolicy').authorize('view', user)
    const policy = bouncer.with('UserPolicy')
    return inertia.render('admin/users/edit', {
      sections: await adminSections(auth.getUserOrFail()),
      account: AdminUserTransformer.transform(await this.users.load(user)),
      roles: await this.grantableRoles(bouncer, user),
      sites: await this.siteChoices(),
      can: {
        update: await policy.allows('update', user),
        assign: await policy.allows('assign', user),
        disable: user.status === 'active' && (await policy.allows('disable', user)),
        enable: user.status === 'disabled' && (await policy.allows('enable', user)),
        resetTwoFactor: await policy.allows('resetTwoFactor', user),
      },
    })
  }

  async update(ctx: HttpContext) {
    const { params, request, response, bouncer, session, i18n } = ctx
    const user = await User.findOrFail(params.user)
    await bouncer.with('UserPolicy').authorize('update', user)
    const data = await request.validateUsing(updateUserValidator, {
      meta: { userId: user.id },
      messagesProvider: new AdminMessages(i18n),
    })
    await this.users.updateProfile(user, data, this.audit(ctx))
    session.flash('success', i18n.t('admin.flash.user_updated', { name: user.name }))
    return response.redirect().toRoute('admin.users.edit', { user: user.id })
  }

  /** Roles (with their site limits) and sites. */
  async updateAccess(ctx: HttpContext) {
    const { params, request, response, bouncer, session, i18n } = ctx
    const user = await User.findOrFail(params.user)
    await bouncer.with('UserPolicy').authorize('assign', user)
    const { roles, sites } = await request.validateUsing(userAccessValidator)
    const plan = await this.users.planAccess(user, roles, sites)
    for (const grant of plan.added) await bouncer.with('UserPolicy').authorize('grant', grant.role)
    for (const grant of plan.removed) {
      await bouncer.with('UserPolicy').authorize('revoke', user, grant.role)
    }

    await this.users.applyAccess(user, plan, this.audit(ctx))
    session.flash('success', i18n.t('admin.flash.access_updated', { name: user.name }))
    return response.redirect().toRoute('admin.users.edit', { user: user.id })
  }

  /** Disable (sessions and API tokens end) or enable an account. */
  async updateStatus(ctx: HttpContext) {
    const { params, request, response, bouncer, session, i18n } = ctx
    const user = await User.findOrFail(params.user)
    await bouncer.with('UserPolicy').authorize('update', user)
    const { status } = await request.validateUsing(userStatusValidator)

    if (status === 'disabled') {
      await bouncer.with('UserPolicy').authorize('disable', user)
      await this.users.disable(user, this.audit(ctx))
    } else {
      await bouncer.with('UserPolicy').authorize('enable', user)
      await this.users.enable(user, this.audit(ctx))
    }
    session.flash('success', i18n.t(`admin.flash.user_${status}`, { name: user.name }))
    return response.redirect().toRoute('admin.users.edit', { user: user.id })
  }

  async resetTwoFactor(ctx: HttpContext) {
    const { params, response, bouncer, session, i18n } = ctx
    const user = await User.findOrFail(params.user)
    await bouncer.with('UserPolicy').authorize('resetTwoFactor', user)
    await this.users.resetTwoFactor(user, this.audit(ctx))
    session.flash('success', i18n.t('admin.flash.two_factor_reset', { name: user.name }))
    return response.redirect().toRoute('admin.users.edit', { user: user.id })
  }

  protected audit(ctx: HttpContext): Audit & { actor: User } {
    return { actor: ctx.auth.getUserOrFail(), ctx }
  }

  protected async roleChoices() {
    const roles = await Role.query().orderBy('label')
    return roles.map((role) => ({ id: role.id, name: role.name, label: role.label }))
  }

  protected async siteChoices() {
    const sites = await Site.query().orderBy('name')
    return sites.map((site) => ({ id: site.id, name: site.name }))
  }

  /**
   * Every role with whether the actor may grant it and, for a user who
   * holds it, remove it: the React side only greys out what is locked.
   */
  protected async grantableRoles(bouncer: HttpContext['bouncer'], user?: User) {
    const roles = await Role.query().orderBy('is_builtin', 'desc').orderBy('label')
    const policy = bouncer.with('UserPolicy')
    return Promise.all(
      roles.map(async (role) => ({
        id: role.id,
        name: role.name,
        label: role.label,
        allSites: role.allSites,
        grantable: await policy.allows('grant', role),
        removable: user ? await policy.allows('revoke', user, role) : true,
      }))
    )
  }
}
