import type { HttpContext } from '@adonisjs/core/http'
import { errors as lucidErrors } from '@adonisjs/lucid'
import { notificationKinds } from '#services/notifications/kinds'
import { NotificationInbox } from '#services/notifications/inbox'
import { NotificationService } from '#services/notifications/notification_service'
import NotificationTransformer from '#transformers/notification_transformer'
import { catchUpValidator, notificationFiltersValidator } from '#validators/notification'

/**
 * The signed-in user's notification centre. Only one's own items exist
 * from here (another user's id is a 404).
 */
export default class NotificationsController {
  async index({ request, inertia, auth, i18n }: HttpContext) {
    const user = auth.getUserOrFail()
    const [, valid] = await notificationFiltersValidator.tryValidate(request.qs())
    const filters = valid ?? {}
    const page = await NotificationInbox.list(user.id, filters)
    return inertia.render('notifications/index', {
      notifications: NotificationTransformer.paginate(page.all(), page.getMeta()),
      filters: { status: filters.status ?? 'all', kind: filters.kind ?? null },
      kinds: notificationKinds().map((kind) => ({
        kind,
        label: i18n.t(`notifications.kind_labels.${kind}`),
      })),
    })
  }

  /** JSON for the bell and for catch-up after a reconnect. */
  async feed({ request, auth }: HttpContext) {
    const user = auth.getUserOrFail()
    const { since } = await request.validateUsing(catchUpValidator, { data: request.qs() })
    const items = await NotificationInbox.since(user.id, since)
    return {
      unread: await NotificationInbox.unreadCount(user.id),
      items: items.map((item) => new NotificationTransformer(item).toObject()),
    }
  }

  async update({ params, response, auth }: HttpContext) {
    const user = auth.getUserOrFail()
    const id = Number(params.id)
    if (!Number.isSafeInteger(id) || !(await NotificationInbox.markRead(user.id, id))) {
      throw new lucidErrors.E_ROW_NOT_FOUND()
    }
    await NotificationService.pushCount(user.id)
    return response.redirect().back()
  }

  async readAll({ response, session, auth, i18n }: HttpContext) {
    const user = auth.getUserOrFail()
    await NotificationInbox.markAllRead(user.id)
    await NotificationService.pushCount(user.id)
    session.flash('success', i18n.t('notifications.flash.all_read'))
    return response.redirect().back()
  }
}
