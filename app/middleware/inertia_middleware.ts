import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'
import BaseInertiaMiddleware from '@adonisjs/inertia/inertia_middleware'
import { readableModules } from '#services/navigation'
import { uiMessages } from '#services/ui_messages'
import { NotificationInbox } from '#services/notifications/inbox'

/**
 * Data every page receives: the user, the modules they may read, flash
 * messages, validation errors, and the UI strings in their language. The
 * unread notification count is one indexed count, skipped by partial reloads.
 * So are the modules and the UI strings (29 kB in English): the client keeps
 * them from the full visit, and they change only with a full visit (a new
 * language, new roles after signing in again).
 */
export default class InertiaMiddleware extends BaseInertiaMiddleware {
  async share(ctx: HttpContext) {
    const { session, auth, i18n } = ctx as Partial<HttpContext>
    const user = auth?.user
    const locale = i18n?.locale ?? 'en'

    return {
      errors: ctx.inertia.always(this.formErrors(ctx)),
      flash: ctx.inertia.always({
        success: session?.flashMessages.get('success') as string | undefined,
        error: session?.flashMessages.get('error') as string | undefined,
      }),
      user: ctx.inertia.always(
        user ? { id: user.id, name: user.name, email: user.email, initials: user.initials } : null
      ),
      modules: () => readableModules(user),
      unreadNotifications: user ? () => NotificationInbox.unreadCount(user.id) : 0,
      locale: ctx.inertia.always(locale),
      messages: () => uiMessages(locale),
    }
  }

  /**
   * VineJS errors (`inputErrorsBag`) plus field errors a controller flashed
   * itself with `session.flashErrors({ email: '...' })`. Exception codes
   * (`E_*`) in the same bag are left out: they already arrive as `flash.error`.
   */
  protected formErrors(ctx: HttpContext) {
    const validation = this.getValidationErrors(ctx)
    if (!ctx.session || ctx.request.header('x-inertia-error-bag')) return validation

    const flashed = ctx.session.flashMessages.get('errorsBag', {}) as Record<string, unknown>
    const fields: Record<string, string> = {}
    for (const [field, message] of Object.entries(flashed)) {
      if (field.startsWith('E_')) continue
      const first = Array.isArray(message) ? message[0] : message
      if (typeof first === 'string') fields[field] = first
    }
    return { ...fields, ...validation }
  }

  async handle(ctx: HttpContext, next: NextFn) {
    await this.init(ctx)
    const output = await next()
    this.dispose(ctx)
    return output
  }
}

declare module '@adonisjs/inertia/types' {
  type MiddlewareSharedProps = InferSharedProps<InertiaMiddleware>
  export interface SharedProps extends MiddlewareSharedProps {}
}
