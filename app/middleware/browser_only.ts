import app from '@adonisjs/core/services/app'
import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'

type Middleware = { handle(ctx: HttpContext, next: NextFn): unknown }
type MiddlewareImport = () => Promise<{ default: abstract new (...args: any[]) => Middleware }>

/** `/api/*` is stateless: bearer tokens, JSON, no cookies. */
export function isApiRequest(ctx: HttpContext) {
  const url = ctx.request.url()
  return url === '/api' || url.startsWith('/api/')
}

/**
 * Router middleware that only browsers need (the session, CSRF, the
 * session guard's silent check, session tracking, two-factor enrolment).
 * The API authenticates every request with its bearer token, so reading
 * and re-writing a session in Redis, minting a CSRF secret and signing
 * cookies for it was pure cost. `/api/*` requests skip the wrapped
 * middleware; everything else runs it unchanged.
 */
export function browserOnly(load: MiddlewareImport) {
  return async () => {
    const { default: Inner } = await load()
    let inner: Promise<Middleware> | undefined
    class BrowserOnlyMiddleware {
      async handle(ctx: HttpContext, next: NextFn) {
        if (isApiRequest(ctx)) return next()
        inner ??= app.container.make(Inner as never) as Promise<Middleware>
        const middleware = await inner
        return middleware.handle(ctx, next)
      }
    }
    return { default: BrowserOnlyMiddleware }
  }
}
