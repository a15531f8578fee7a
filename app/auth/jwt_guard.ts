import type { HttpContext } from '@adonisjs/core/http'
import { errors as authErrors, symbols } from '@adonisjs/auth'
import type { AuthClientResponse, GuardContract } from '@adonisjs/auth/types'
import User from '#models/user'
import { ApiTokenService } from '#services/api_token_service'
import type { JwtClaims } from '#auth/jwt'

/**
 * `middleware.auth({ guards: ['api'] })`: authenticates a request by its
 * `Authorization: Bearer <jwt>` header. Expired, tampered, revoked tokens
 * and tokens of disabled users are all a JSON 401.
 */
export class JwtGuard implements GuardContract<User> {
  declare [symbols.GUARD_KNOWN_EVENTS]: {}
  readonly driverName = 'jwt' as const
  authenticationAttempted = false
  isAuthenticated = false
  user?: User
  claims?: JwtClaims

  constructor(private ctx: HttpContext) {}

  getUserOrFail(): User {
    if (!this.user) throw this.unauthorized('E_UNAUTHORIZED_ACCESS')
    return this.user
  }

  async authenticate(): Promise<User> {
    if (this.authenticationAttempted) return this.getUserOrFail()
    this.authenticationAttempted = true

    const header = this.ctx.request.header('authorization') ?? ''
    const [scheme, token] = header.split(' ')
    if (scheme?.toLowerCase() !== 'bearer' || !token) throw this.unauthorized('E_TOKEN_MISSING')

    const claims = await ApiTokenService.verifyAccessToken(token).catch(() => null)
    if (!claims) throw this.unauthorized('E_TOKEN_INVALID')

    const user = await User.find(Number(claims.sub))
    if (!user || !user.isActive) throw this.unauthorized('E_TOKEN_INVALID')

    this.user = user
    this.claims = claims
    this.isAuthenticated = true
    return user
  }

  async check(): Promise<boolean> {
    try {
      await this.authenticate()
      return true
    } catch (error) {
      if (error instanceof authErrors.E_UNAUTHORIZED_ACCESS) return false
      throw error
    }
  }

  async authenticateAsClient(user: User): Promise<AuthClientResponse> {
    const { token } = ApiTokenService.signAccessToken(user)
    return { headers: { authorization: `Bearer ${token}` } }
  }

  private unauthorized(code: string) {
    const error = new authErrors.E_UNAUTHORIZED_ACCESS('Unauthorized access', {
      guardDriverName: this.driverName,
    })
    Object.assign(error, { code })
    return error
  }
}

export function jwtGuard() {
  return {
    async resolver() {
      return (ctx: HttpContext) => new JwtGuard(ctx)
    },
  }
}
