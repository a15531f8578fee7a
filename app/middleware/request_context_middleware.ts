import { randomUUID } from 'node:crypto'
import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'

const SAFE_REQUEST_ID = /^[\w.:-]{1,128}$/

/**
 * Gives every request an id (the caller's X-Request-Id when it is sane,
 * else a fresh UUID), echoes it back, binds it to the request logger and
 * writes one access line when the response is finished.
 */
export default class RequestContextMiddleware {
  async handle(ctx: HttpContext, next: NextFn) {
    const started = process.hrtime.bigint()
    const incoming = ctx.request.header('x-request-id')
    const requestId = incoming && SAFE_REQUEST_ID.test(incoming) ? incoming : randomUUID()

    ctx.request.request.headers['x-request-id'] = requestId
    ctx.response.header('X-Request-Id', requestId)
    ctx.logger = ctx.logger.child({ request_id: requestId })

    ctx.response.response.once('finish', () => {
      const durationMs = Number(process.hrtime.bigint() - started) / 1e6
      ctx.logger.info(
        {
          method: ctx.request.method(),
          route: ctx.route?.name ?? ctx.route?.pattern ?? null,
          status: ctx.response.response.statusCode,
          duration_ms: Math.round(durationMs * 100) / 100,
          user_id: ctx.auth?.user?.id ?? null,
        },
        'request'
      )
    })

    return next()
  }
}
