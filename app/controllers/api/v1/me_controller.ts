import type { HttpContext } from '@adonisjs/core/http'
import { PermissionService } from '#services/permission_service'
import UserTransformer from '#transformers/user_transformer'
import { apiSerializer } from '#transformers/api_serializer'

/**
 * GET /api/v1/me: the caller, their roles and permissions.
 */
export default class MeController {
  async show({ auth, containerResolver }: HttpContext) {
    const user = auth.getUserOrFail()
    const permissions = await PermissionService.forUser(user)
    return apiSerializer.serialize(
      {
        user: UserTransformer.transform(user),
        roles: permissions.roles,
        permissions: permissions.keys().sort(),
      },
      containerResolver
    )
  }
}
