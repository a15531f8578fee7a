import app from '@adonisjs/core/services/app'
import { errors as vineErrors } from '@vinejs/vine'
import { type HttpContext, ExceptionHandler } from '@adonisjs/core/http'
import type { StatusPageRange, StatusPageRenderer } from '@adonisjs/core/types/http'

type ApiError = { code: string; message: string; field?: string }

/**
 * Web requests get translated Inertia error pages (validation errors go
 * back to the form). `/api/*` requests get `{ errors: [...] }` JSON.
 * Stack traces appear only in development.
 */
export default class HttpExceptionHandler extends ExceptionHandler {
  protected debug = app.inDev
  protected renderStatusPages = !app.inDev

  protected statusPages: Record<StatusPageRange, StatusPageRenderer> = {
    '403': (_, ctx) => this.renderErrorPage(ctx, 403),
    '404': (_, ctx) => this.renderErrorPage(ctx, 404),
    '500..599': (error, ctx) => this.renderErrorPage(ctx, error.status === 503 ? 503 : 500),
  }

  async handle(error: unknown, ctx: HttpContext) {
    if (ctx.request.url().startsWith('/api/')) {
      return this.renderApiError(error, ctx)
    }
    return super.handle(error, ctx)
  }

  async report(error: unknown, ctx: HttpContext) {
    return super.report(error, ctx)
  }

  protected renderErrorPage(ctx: HttpContext, status: 403 | 404 | 500 | 503) {
    ctx.response.status(status)
    return ctx.inertia.render('errors/show', { status })
  }

  protected renderApiError(error: unknown, ctx: HttpContext) {
    const httpError = this.toHttpError(error)
    const status = httpError.status ?? 500
    let errors: ApiError[]

    if (error instanceof vineErrors.E_VALIDATION_ERROR) {
      errors = (error.messages as { field: string; rule: string; message: string }[]).map(
        (message) => ({ code: message.rule, message: message.message, field: message.field })
      )
    } else if (status >= 500) {
      errors = [{ code: 'E_INTERNAL', message: ctx.i18n?.t('errors.500.body') ?? 'Server error' }]
    } else {
      errors = [{ code: httpError.code ?? `E_HTTP_${status}`, message: httpError.message }]
    }

    if (status >= 500) this.report(error, ctx)
    return ctx.response.status(status).send({ errors })
  }
}
