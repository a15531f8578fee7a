import { randomUUID } from 'node:crypto'
import logger from '@adonisjs/core/services/logger'
import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'

const SAFE_REQUEST_ID = /^[\w.:-]{1,128}$/

/**
 * Gives every request an id (the caller's X-Request-Id when it is sane,
 * else a fresh UUID), echoes it back, binds it to the request logger and
 * writes one access line when the response is done (or the client left).
 *
 * The framework has already built `ctx.logger` from the raw header, so the
 * logger is rebuilt from the root one: the line then carries the sanitised
 * id, once.
 */
export default class RequestContextMiddleware {
  async handle(ctx: HttpContext, next: NextFn) {
    const started = process.hrtime.bigint()
    const incoming = ctx.request.header('x-request-id')
    const requestId = incoming && SAFE_REQUEST_ID.test(incoming) ? incoming : randomUUID()

    ctx.request.request.headers['x-request-id'] = requestId
    ctx.response.header('X-Request-Id', requestId)
    ctx.logger = logger.child({ request_id: requestId })

    let userId: number | string | null = null
    const rememberUser = () => {
      userId = ctx.auth?.user?.id ?? userId
    }

    ctx.response.response.once('close', () => {
      rememberUser()
      const durationMs = Number(process.hrtime.bigint() - started) / 1e6
      const res = ctx.response.response
      ctx.logger.info(
        {
          method: ctx.request.method(),
          route: ctx.route?.name ?? ctx.route?.pattern ?? null,
          status: res.statusCode,
          duration_ms: Math.round(durationMs * 100) / 100,
          user_id: userId,
          ...(res.writableFinished ? {} : { aborted: true }),
        },
        'request'
      )
    })

    try {
      return await next()
    } finally {
      rememberUser()
    }
  }
}
