import User from '#models/user'
import Site from '#models/site'
import TimelineEntry from '#models/timeline_entry'
import Notification from '#models/notification'
import type Incident from '#models/incident'
import type IncidentReported from '#events/incident_reported'
import type IncidentAssigned from '#events/incident_assigned'
import type IncidentTriaged from '#events/incident_triaged'
import type IncidentStatusChanged from '#events/incident_status_changed'
import type IncidentCommented from '#events/incident_commented'
import type AttachmentAdded from '#events/attachment_added'
import type InvestigationCompleted from '#events/investigation_completed'
import type RecordabilityDecided from '#events/recordability_decided'
import type RegulatoryDeadlineApproaching from '#events/regulatory_deadline_approaching'
import { NotificationService } from '#services/notifications/notification_service'
import { Watchers } from '#services/notifications/watchers'
import { usersWithRole } from '#services/notifications/directory'
import { LiveViews } from '#services/realtime/live_views'

const subjectOf = (incident: Incident) => ({ type: 'incident', id: incident.id })
const linkTo = (incident: Incident) => ({ name: 'incidents.show', params: { id: incident.id } })

async function nameOf(userId: number | null) {
  if (!userId) return '—'
  const user = await User.find(userId)
  return user?.name ?? '—'
}

/**
 * Incident events → notifications (recipients by the rules of
 * recipient_resolver.ts), watchers (reporters and assignees follow their
 * incidents) and "changed" pings for open detail pages and dashboards.
 * Runs after commit; a failure is logged by the emitter and never reaches
 * the user's request.
 */
export default class IncidentNotifications {
  async reported({ incident, actorId }: IncidentReported) {
    await Watchers.autoFollow(subjectOf(incident), [incident.reporterId])
    const site = await Site.find(incident.siteId)
    await NotificationService.dispatch(
      {
        kind: 'incident.reported',
        siteId: incident.siteId,
        severity: { actual: incident.actualSeverity, potential: incident.potentialSeverity },
        actorId,
        reporterId: incident.reporterId,
      },
      {
        params: {
          number: incident.number,
          title: incident.title,
          actor: await nameOf(actorId),
          site: site?.name ?? '',
        },
        route: linkTo(incident),
        subject: subjectOf(incident),
      }
    )
    this.changed(incident)
  }

  /** Triage rated a report severe that was not reported as such: HSE managers, urgently. */
  async triaged({ incident, actorId }: IncidentTriaged) {
    const alreadyUrgent = await Notification.query()
      .where({ subject_type: 'incident', subject_id: incident.id, urgent: true })
      .first()
    if (alreadyUrgent) return
    const severity = Math.max(incident.actualSeverity ?? 0, incident.potentialSeverity ?? 0)
    const site = await Site.find(incident.siteId)
    await NotificationService.dispatch(
      {
        kind: 'incident.escalated',
        siteId: incident.siteId,
        severity: { actual: incident.actualSeverity, potential: incident.potentialSeverity },
        actorId,
      },
      {
        params: {
          number: incident.number,
          title: incident.title,
          actor: await nameOf(actorId),
          site: site?.name ?? '',
          severity,
        },
        route: linkTo(incident),
        subject: subjectOf(incident),
      }
    )
  }

  async assigned({ incident, assignments, actorId }: IncidentAssigned) {
    const assignees = assignments.map((assignment) => assignment.userId)
    await Watchers.autoFollow(subjectOf(incident), assignees)
    const actor = await nameOf(actorId)
    for (const assigneeId of new Set(assignees)) {
      await NotificationService.dispatch(
        { kind: 'incident.assigned', siteId: incident.siteId, actorId, assigneeId },
        {
          params: { number: incident.number, title: incident.title, actor },
          route: linkTo(incident),
          subject: subjectOf(incident),
        }
      )
    }
  }

  async statusChanged({ incident, to, actorId }: IncidentStatusChanged) {
    await NotificationService.dispatch(
      {
        kind: 'incident.status_changed',
        siteId: incident.siteId,
        actorId,
        reporterId: incident.reporterId,
        watcherIds: await Watchers.of(subjectOf(incident)),
      },
      {
        params: { number: incident.number, title: incident.title, actor: await nameOf(actorId) },
        translatedParams: { status: `incidents.status.${to}` },
        route: linkTo(incident),
        subject: subjectOf(incident),
      }
    )
    this.changed(incident)
  }

  async commented({ incident, timelineEntryId, actorId }: IncidentCommented) {
    const entry = await TimelineEntry.find(timelineEntryId)
    const body = entry?.body ?? ''
    await NotificationService.dispatch(
      {
        kind: 'record.commented',
        siteId: incident.siteId,
        actorId,
        watcherIds: await Watchers.of(subjectOf(incident)),
      },
      {
        params: {
          number: incident.number,
          actor: await nameOf(actorId),
          excerpt: body.length > 140 ? `${body.slice(0, 139)}…` : body,
        },
        route: linkTo(incident),
        subject: subjectOf(incident),
      }
    )
    LiveViews.recordChanged('incidents', incident.id)
  }

  /** Half of the legal time to report has passed: the managers of the incident, urgently. */
  async deadlineApproaching({ report }: RegulatoryDeadlineApproaching) {
    await report.load('incident')
    const incident = report.incident
    const managers = await usersWithRole({ role: 'hse_manager', siteId: incident.siteId })
    const recipients = new Set([incident.responsibleManagerId, ...managers])
    await NotificationService.send(
      [...recipients]
        .filter((userId): userId is number => typeof userId === 'number')
        .map((userId) => ({ userId, urgent: true })),
      {
        kind: 'incident.regulatory_deadline',
        params: {
          number: incident.number,
          deadline: report.deadlineAt.toFormat('yyyy-MM-dd HH:mm'),
        },
        translatedParams: { outcome: `osha.outcomes.${report.outcome}` },
        route: linkTo(incident),
        subject: subjectOf(incident),
      }
    )
  }

  attachmentAdded({ subjectType, subjectId }: AttachmentAdded) {
    if (subjectType === 'incident') LiveViews.recordChanged('incidents', subjectId)
  }

  investigationCompleted({ incident }: InvestigationCompleted) {
    LiveViews.recordChanged('incidents', incident.id)
  }

  recordabilityDecided({ incident }: RecordabilityDecided) {
    LiveViews.recordChanged('incidents', incident.id)
  }

  protected changed(incident: Incident) {
    LiveViews.recordChanged('incidents', incident.id)
    LiveViews.dashboardChanged(incident.siteId)
  }
}
