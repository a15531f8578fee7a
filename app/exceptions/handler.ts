import app from '@adonisjs/core/services/app'
import { errors as vineErrors } from '@vinejs/vine'
import { errors as limiterErrors } from '@adonisjs/limiter'
import { errors as bouncerErrors } from '@adonisjs/bouncer'
import { type HttpContext, ExceptionHandler } from '@adonisjs/core/http'
import type { HttpError, StatusPageRange, StatusPageRenderer } from '@adonisjs/core/types/http'
import DetectUserLocaleMiddleware from '#middleware/detect_user_locale_middleware'
import { isApiRequest } from '#middleware/browser_only'
import { RuleException } from '#exceptions/rule_exception'

type ApiError = { code: string; message: string; field?: string }
type PageStatus = 403 | 404 | 500 | 503

/**
 * Web requests get translated Inertia error pages (validation errors go
 * back to the form, through the session's handler). `/api/*` requests get
 * `{ errors: [{ code, message, field? }] }`. Stack traces and the messages
 * of server errors appear only in development.
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
    await this.ensureLocale(ctx)
    if (this.isApiRequest(ctx)) {
      return this.renderApiError(error, ctx)
    }
    /*
     * Bouncer would answer a forbidden form post with "redirect back and
     * flash"; a denied action is a 403 on every method, so the UI shows the
     * error page and clients (and the authorization matrix) see the status.
     * A denial with another status is a record rule the user can read and
     * act on (a built-in role cannot be deleted): Bouncer's own handling,
     * flash and back for forms, the status for JSON, is right for it.
     */
    if (
      error instanceof bouncerErrors.E_AUTHORIZATION_FAILURE &&
      (error.response.status ?? error.status) === 403
    ) {
      const wantsJson =
        !ctx.request.header('x-inertia') && ctx.request.accepts(['html', 'json']) === 'json'
      return wantsJson ? this.renderApiError(error, ctx) : this.renderErrorPage(ctx, 403)
    }
    return super.handle(error, ctx)
  }

  /** A JSON request to a web route: never the message of a server error. */
  async renderErrorAsJSON(error: HttpError, ctx: HttpContext) {
    if (error.status >= 500 && !this.isDebuggingEnabled(ctx)) {
      return ctx.response.status(error.status).send({ message: this.internalErrorMessage(ctx) })
    }
    return super.renderErrorAsJSON(error, ctx)
  }

  async renderErrorAsJSONAPI(error: HttpError, ctx: HttpContext) {
    if (error.status >= 500 && !this.isDebuggingEnabled(ctx)) {
      return ctx.response.status(error.status).send({
        errors: [
          { code: 'E_INTERNAL', title: this.internalErrorMessage(ctx), status: error.status },
        ],
      })
    }
    return super.renderErrorAsJSONAPI(error, ctx)
  }

  protected isApiRequest(ctx: HttpContext) {
    return isApiRequest(ctx)
  }

  /**
   * Requests that matched no route never ran the locale middleware; error
   * pages still speak the visitor's language (cookie or Accept-Language).
   */
  protected async ensureLocale(ctx: HttpContext) {
    if (!ctx.i18n) {
      await new DetectUserLocaleMiddleware().handle(ctx, async () => {})
    }
  }

  protected internalErrorMessage(ctx: HttpContext) {
    return ctx.i18n.t('errors.E_INTERNAL')
  }

  /**
   * The Inertia error page. Should rendering fail as well (assets missing,
   * the error came before Inertia was initialised), a minimal translated
   * page is sent instead of letting the original error's message through.
   */
  protected async renderErrorPage(ctx: HttpContext, status: PageStatus) {
    ctx.response.status(status)
    if (ctx.inertia) {
      try {
        return await ctx.inertia.render('errors/show', { status })
      } catch (renderError) {
        ctx.logger.error({ err: renderError }, 'cannot render the error page')
      }
    }
    const title = ctx.i18n.t(`ui.errors.${status}.title`)
    const body = ctx.i18n.t(`ui.errors.${status}.body`)
    return ctx.response
      .status(status)
      .type('html')
      .send(
        `<!DOCTYPE html><title>${escape(title)}</title><h1>${escape(title)}</h1><p>${escape(body)}</p>`
      )
  }

  protected renderApiError(error: unknown, ctx: HttpContext) {
    const httpError = this.toHttpError(error)
    /* A policy may deny with a status of its own: 422 for a rule the user can act on */
    const status =
      error instanceof bouncerErrors.E_AUTHORIZATION_FAILURE
        ? (error.response.status ?? httpError.status)
        : httpError.status
    let errors: ApiError[]

    if (error instanceof vineErrors.E_VALIDATION_ERROR) {
      errors = (error.messages as { field: string; rule: string; message: string }[]).map(
        (message) => ({ code: message.rule, message: message.message, field: message.field })
      )
    } else if (status >= 500) {
      errors = [{ code: 'E_INTERNAL', message: this.internalErrorMessage(ctx) }]
    } else {
      const code = httpError.code ?? `E_HTTP_${status}`
      errors = [{ code, message: this.clientErrorMessage(httpError, code, ctx) }]
    }

    if (error instanceof limiterErrors.E_TOO_MANY_REQUESTS) {
      const headers = error.headers ?? error.getDefaultHeaders()
      Object.entries(headers).forEach(([name, value]) => ctx.response.header(name, value))
    }
    return ctx.response.status(status).send({ errors })
  }

  /**
   * Framework errors name their translation (`identifier`, else
   * `errors.<CODE>`); domain exceptions carry a message written for users.
   */
  protected clientErrorMessage(error: HttpError, code: string, ctx: HttpContext): string {
    if (
      error instanceof bouncerErrors.E_AUTHORIZATION_FAILURE ||
      error instanceof limiterErrors.E_TOO_MANY_REQUESTS
    ) {
      return error.getResponseMessage(ctx)
    }
    if (error instanceof RuleException) return error.translate(ctx.i18n)
    const identifier = (error as { identifier?: unknown }).identifier
    return ctx.i18n.t(
      typeof identifier === 'string' ? identifier : `errors.${code}`,
      {},
      error.message
    )
  }
}

function escape(text: string) {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`)
}
