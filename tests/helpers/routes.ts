import router from '@adonisjs/core/services/router'
import type { RouteJSON } from '@adonisjs/core/types/http'
import type { PermissionAction, PermissionModule } from '#app/data/permissions'

export type Declaration =
  | { kind: 'permission'; module: PermissionModule; action: PermissionAction }
  | { kind: 'everyone' }
  | { kind: 'public' }
  | { kind: 'guest' }

export type DeclaredRoute = {
  name: string
  method: string
  pattern: string
  api: boolean
  authenticated: boolean
  declaration: Declaration | null
}

type NamedMiddleware = { name?: string; args?: unknown }

/**
 * Every registered route with the authorization it declares (see the
 * header of start/routes.ts), read from the router itself so a new route
 * cannot escape the matrix.
 */
export function declaredRoutes(): DeclaredRoute[] {
  router.commit()
  const routes: DeclaredRoute[] = []
  for (const domainRoutes of Object.values(router.toJSON())) {
    for (const route of domainRoutes as RouteJSON[]) {
      const middleware = [...route.middleware.all()] as NamedMiddleware[]
      const names = middleware.map((entry) => entry.name)
      const method = route.methods.find((candidate) => candidate !== 'HEAD') ?? 'GET'
      routes.push({
        name: route.name ?? `${method} ${route.pattern}`,
        method,
        pattern: route.pattern,
        api: route.pattern.startsWith('/api/'),
        authenticated: names.includes('auth'),
        declaration: declarationOf(middleware),
      })
    }
  }
  return routes
}

function declarationOf(middleware: NamedMiddleware[]): Declaration | null {
  for (const entry of middleware) {
    const args = entry.args as Record<string, string> | undefined
    if (entry.name === 'can' && args) {
      return {
        kind: 'permission',
        module: args.module as PermissionModule,
        action: args.action as PermissionAction,
      }
    }
    if (entry.name === 'access' && args?.to === 'everyone') return { kind: 'everyone' }
    if (entry.name === 'access' && args?.to === 'public') return { kind: 'public' }
    if (entry.name === 'guest') return { kind: 'guest' }
  }
  return null
}

/**
 * Sample values for route parameters, by parameter name. A route with a
 * parameter missing here fails the matrix test until one is added.
 */
export const ROUTE_PARAM_SAMPLES: Record<string, string | number> = {
  id: 1,
  // A demo account and a built-in role below admin level (1 and 2 are super_admin and admin)
  user: 3,
  role: 3,
  type: 'incident',
  location: 1,
}

export function sampleUrl(pattern: string) {
  return pattern.replace(/:(\w+)\??/g, (_, name: string) => {
    const value = ROUTE_PARAM_SAMPLES[name]
    if (value === undefined) throw new Error(`No sample value for route parameter "${name}"`)
    return String(value)
  })
}
