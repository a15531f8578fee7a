import { I18n } from '@adonisjs/i18n'
import i18nManager from '@adonisjs/i18n/services/main'
import type { NextFn } from '@adonisjs/core/types/http'
import { type HttpContext, RequestValidator } from '@adonisjs/core/http'

/**
 * Picks the request's language: the user's saved locale, then the
 * `locale` cookie set by the language switch, then Accept-Language.
 */
export default class DetectUserLocaleMiddleware {
  static {
    RequestValidator.messagesProvider = (ctx) => ctx.i18n.createMessagesProvider()
  }

  protected getRequestLocale(ctx: HttpContext) {
    const preferred = [ctx.auth?.user?.locale, ctx.request.plainCookie('locale')].filter(
      (value): value is string => typeof value === 'string'
    )
    for (const locale of preferred) {
      const supported = i18nManager.getSupportedLocaleFor(locale)
      if (supported) return supported
    }
    return i18nManager.getSupportedLocaleFor(ctx.request.languages())
  }

  async handle(ctx: HttpContext, next: NextFn) {
    ctx.i18n = i18nManager.locale(this.getRequestLocale(ctx) || i18nManager.defaultLocale)
    ctx.containerResolver.bindValue(I18n, ctx.i18n)
    if ('view' in ctx) {
      ctx.view.share({ i18n: ctx.i18n })
    }
    return next()
  }
}

declare module '@adonisjs/core/http' {
  export interface HttpContext {
    i18n: I18n
  }
}
