import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import { adminSections } from '#services/admin_sections'
import Role from '#models/role'
import { PERMISSION_ACTIONS, PERMISSION_MODULES } from '#app/data/permissions'
import { RoleAdminService } from '#services/role_admin_service'
import RoleTransformer from '#transformers/role_transformer'
import {
  AdminMessages,
  createRoleValidator,
  rolePermissionsValidator,
  updateRoleValidator,
} from '#validators/admin'

/**
 * Roles and the permission matrix. Record rules live in RolePolicy; the
 * changes themselves in RoleAdminService.
 */
@inject()
export default class RolesController {
  constructor(protected roles: RoleAdminService) {}

  async index({ inertia, bouncer, auth }: HttpContext) {
    await bouncer.with('RolePolicy').authorize('viewList')
    const roles = await this.roles.list()
    const deletable = []
    for (const role of roles) {
      if (await bouncer.with('RolePolicy').allows('delete', role)) deletable.push(role.id)
    }
    return inertia.render('admin/roles/index', {
      sections: await adminSections(auth.getUserOrFail()),
      roles: RoleTransformer.transform(roles),
      deletable,
      can: { create: await bouncer.with('RolePolicy').allows('create') },
    })
  }

  async store(ctx: HttpContext) {
    const { request, response, bouncer, session, i18n } = ctx
    await bouncer.with('RolePolicy').authorize('create')
    const data = await request.validateUsing(createRoleValidator, {
      messagesProvider: new AdminMessages(i18n),
    })
    const role = await this.roles.create(data, { actor: ctx.auth.getUserOrFail(), ctx })
    session.flash('success', i18n.t('admin.flash.role_created', { role: role.label }))
    return response.redirect().toRoute('admin.roles.edit', { role: role.id })
  }

  async edit({ params, inertia, bouncer, i18n, auth }: HttpContext) {
    const role = await Role.findOrFail(params.role)
    await bouncer.with('RolePolicy').authorize('view', role)
    const policy = bouncer.with('RolePolicy')
    return inertia.render('admin/roles/edit', {
      sections: await adminSections(auth.getUserOrFail()),
      role: RoleTransformer.transform(role),
      granted: await this.roles.permissionKeys(role),
      holders: await this.roles.holders(role),
      permissionModules: PERMISSION_MODULES.map((key) => ({
        key,
        label: i18n.t(`admin.modules.${key}`),
      })),
      permissionActions: PERMISSION_ACTIONS.map((key) => ({
        key,
        label: i18n.t(`admin.actions.${key}`),
      })),
      can: {
        update: await policy.allows('update', role),
        updatePermissions: await policy.allows('updatePermissions', role),
        delete: await policy.allows('delete', role),
      },
    })
  }

  /** Label and flags. */
  async update(ctx: HttpContext) {
    const { params, request, response, bouncer, session, i18n } = ctx
    const role = await Role.findOrFail(params.role)
    await bouncer.with('RolePolicy').authorize('update', role)
    const data = await request.validateUsing(updateRoleValidator)
    await this.roles.update(role, data, { actor: ctx.auth.getUserOrFail(), ctx })
    session.flash('success', i18n.t('admin.flash.role_updated', { role: role.label }))
    return response.redirect().toRoute('admin.roles.edit', { role: role.id })
  }

  async updatePermissions(ctx: HttpContext) {
    const { params, request, response, bouncer, session, i18n } = ctx
    const role = await Role.findOrFail(params.role)
    await bouncer.with('RolePolicy').authorize('updatePermissions', role)
    const { permissions } = await request.validateUsing(rolePermissionsValidator)
    await this.roles.syncPermissions(role, permissions, { actor: ctx.auth.getUserOrFail(), ctx })
    session.flash('success', i18n.t('admin.flash.permissions_updated', { role: role.label }))
    return response.redirect().toRoute('admin.roles.edit', { role: role.id })
  }

  async destroy(ctx: HttpContext) {
    const { params, response, bouncer, session, i18n } = ctx
    const role = await Role.findOrFail(params.role)
    await bouncer.with('RolePolicy').authorize('delete', role)
    await this.roles.delete(role, { actor: ctx.auth.getUserOrFail(), ctx })
    session.flash('success', i18n.t('admin.flash.role_deleted', { role: role.label }))
    return response.redirect().toRoute('admin.roles.index')
  }
}
