import type { HttpContext } from '@adonisjs/core/http'
import { NOTIFICATION_KINDS, notificationKinds } from '#services/notifications/kinds'
import { NotificationPreferences } from '#services/notifications/preferences'
import { NotificationService } from '#services/notifications/notification_service'
import { preferencesValidator } from '#validators/notification'

/**
 * Per kind: in-app, email, both or none. Also sends oneself a test
 * notification, to check that both channels arrive.
 */
export default class NotificationPreferencesController {
  async edit({ inertia, auth, i18n }: HttpContext) {
    const user = auth.getUserOrFail()
    return inertia.render('notifications/preferences', {
      preferences: await NotificationPreferences.forUser(user.id),
      kinds: notificationKinds().map((kind) => ({
        kind,
        label: i18n.t(`notifications.kind_labels.${kind}`),
        defaultChannel: NOTIFICATION_KINDS[kind].defaultChannel,
      })),
    })
  }

  async update({ request, response, session, auth, i18n }: HttpContext) {
    const user = auth.getUserOrFail()
    const { preferences } = await request.validateUsing(preferencesValidator)
    await NotificationPreferences.update(user.id, preferences)
    session.flash('success', i18n.t('notifications.flash.preferences_saved'))
    return response.redirect().toRoute('notification_preferences.edit')
  }

  async test({ response, session, auth, i18n }: HttpContext) {
    const user = auth.getUserOrFail()
    await NotificationService.send([{ userId: user.id, urgent: false }], {
      kind: 'system.test',
      params: { name: user.name },
      route: { name: 'notification_preferences.edit' },
    })
    session.flash('success', i18n.t('notifications.flash.test_sent'))
    return response.redirect().toRoute('notification_preferences.edit')
  }
}
