import { AuthorizationResponse, errors } from '@adonisjs/bouncer'
import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'
import type { PermissionAction, PermissionModule } from '#app/data/permissions'
import { PermissionService } from '#services/permission_service'

/**
 * `middleware.can({ module, action })`: the route's declared permission,
 * checked against the role/permission tables. Runs after `auth`. Record
 * scoping (own records, own sites) stays in the resource's policy.
 */
export default class CanMiddleware {
  async handle(
    ctx: HttpContext,
    next: NextFn,
    permission: { module: PermissionModule; action: PermissionAction }
  ) {
    const user = ctx.auth.user
    if (!(await PermissionService.can(user, permission.module, permission.action))) {
      const message = ctx.i18n?.t('errors.403.body') ?? 'Access denied'
      throw new errors.E_AUTHORIZATION_FAILURE(AuthorizationResponse.deny(message, 403))
    }
    return next()
  }
}
