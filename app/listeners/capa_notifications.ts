import type CorrectiveAction from '#models/corrective_action'
import type CapaAssigned from '#events/capa_assigned'
import type CapaOverdue from '#events/capa_overdue'
import type CapaEscalated from '#events/capa_escalated'
import type CapaStatusChanged from '#events/capa_status_changed'
import { NotificationService } from '#services/notifications/notification_service'
import { Watchers } from '#services/notifications/watchers'
import { usersWithRole } from '#services/notifications/directory'
import { LiveViews } from '#services/realtime/live_views'

const subjectOf = (action: CorrectiveAction) => ({ type: 'capa', id: action.id })

const messageOf = (action: CorrectiveAction) => ({
  params: { number: action.number, title: action.title, due: action.dueOn.toISODate() ?? '' },
  route: { name: 'corrective_actions.show', params: { id: action.id } },
  subject: subjectOf(action),
})

/**
 * Corrective action events → the assignee (assigned, overdue) or the
 * manager (escalated; the site's HSE managers when the source record names
 * none), and a "changed" ping for the source record's open page.
 */
export default class CapaNotifications {
  async assigned({ action, actorId }: CapaAssigned) {
    await Watchers.autoFollow(subjectOf(action), [action.assigneeId])
    await NotificationService.dispatch(
      { kind: 'capa.assigned', siteId: action.siteId, actorId, assigneeId: action.assigneeId },
      messageOf(action)
    )
    this.sourceChanged(action)
  }

  async overdue({ action }: CapaOverdue) {
    await NotificationService.dispatch(
      { kind: 'capa.overdue', siteId: action.siteId, assigneeId: action.assigneeId },
      messageOf(action)
    )
  }

  async escalated({ action, managerId }: CapaEscalated) {
    if (managerId) {
      await NotificationService.dispatch(
        { kind: 'capa.escalated', siteId: action.siteId, managerId },
        messageOf(action)
      )
      return
    }
    const managers = await usersWithRole({ role: 'hse_manager', siteId: action.siteId })
    await NotificationService.send(
      managers.map((userId) => ({ userId, urgent: false })),
      { kind: 'capa.escalated', ...messageOf(action) }
    )
  }

  statusChanged({ action }: CapaStatusChanged) {
    this.sourceChanged(action)
  }

  protected sourceChanged(action: CorrectiveAction) {
    if (action.sourceType === 'incident') LiveViews.recordChanged('incidents', action.sourceId)
  }
}
