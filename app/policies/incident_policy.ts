import { BasePolicy } from '@adonisjs/bouncer'
import type User from '#models/user'
import type Incident from '#models/incident'
import type { IncidentStatus } from '#app/data/incidents'
import type { PermissionAction } from '#app/data/permissions'
import { PermissionService } from '#services/permission_service'
import { IncidentWorkflow, type StepAbility } from '#services/incident_workflow'

/** The permission each workflow step needs on the incident's site. */
const STEP_PERMISSIONS: Record<StepAbility, PermissionAction> = {
  triage: 'assign',
  progress: 'update',
  close: 'approve',
  reopen: 'approve',
}

type Subject = Pick<
  Incident,
  'siteId' | 'reporterId' | 'isAnonymous' | 'status' | 'investigatorId' | 'responsibleManagerId'
>

/**
 * Who may do what with an incident (DOMAIN.md): everyone signed in
 * reports; reporters see and add to their own reports; users with an
 * incidents permission on the incident's site act on it there; the
 * assigned investigator and responsible manager see theirs and move the
 * investigation along. The reporter never triages.
 */
export default class IncidentPolicy extends BasePolicy {
  create(user: User) {
    return user.isActive
  }

  async viewList(user: User) {
    return user.isActive
  }

  async view(user: User, incident: Subject) {
    if (!user.isActive) return false
    if (this.isReporter(user, incident) || this.isAssignee(user, incident)) return true
    return this.may(user, 'read', incident)
  }

  /** Editing the report itself: the reporter until triage, else incidents.update on the site. */
  async update(user: User, incident: Subject) {
    if (incident.status === 'closed') return false
    if (this.isReporter(user, incident) && incident.status === 'reported') return user.isActive
    return this.may(user, 'update', incident)
  }

  /** Comments and files: the reporter adds information, the people working on it too. */
  async comment(user: User, incident: Subject) {
    if (!user.isActive) return false
    if (this.isReporter(user, incident) || this.isAssignee(user, incident)) return true
    return this.may(user, 'update', incident)
  }

  triage(user: User, incident: Subject) {
    return this.transition(user, incident, 'triaged')
  }

  /** A workflow step from the current status; the assigned investigator progresses their own. */
  async transition(user: User, incident: Subject, to: IncidentStatus) {
    const step = IncidentWorkflow.ability(incident.status, to)
    if (!step) return this.may(user, 'update', incident)
    if (step === 'progress' && incident.investigatorId === user.id && user.isActive) return true
    return this.may(user, STEP_PERMISSIONS[step], incident)
  }

  export(user: User) {
    return PermissionService.can(user, 'incidents', 'export')
  }

  /** The `can` booleans the transformer sends to clients. */
  async abilities(user: User, incident: Subject) {
    const step = async (to: IncidentStatus) =>
      IncidentWorkflow.ability(incident.status, to) !== null &&
      (await this.transition(user, incident, to))
    return {
      edit: await this.update(user, incident),
      comment: await this.comment(user, incident),
      triage: await step('triaged'),
      investigate: incident.status === 'triaged' && (await step('under_investigation')),
      actionsPending: await step('actions_pending'),
      close: await step('closed'),
      reopen: incident.status === 'closed' && (await step('under_investigation')),
    }
  }

  /** `abilities` of many incidents, by id, for transformers. */
  async abilitiesFor(user: User, incidents: (Subject & { id: number })[]) {
    const entries = await Promise.all(
      incidents.map(
        async (incident) => [incident.id, await this.abilities(user, incident)] as const
      )
    )
    return new Map(entries)
  }

  protected isReporter(user: User, incident: Subject) {
    return incident.reporterId !== null && incident.reporterId === user.id
  }

  protected isAssignee(user: User, incident: Subject) {
    return incident.investigatorId === user.id || incident.responsibleManagerId === user.id
  }

  protected may(user: User, action: PermissionAction, incident: Subject) {
    return PermissionService.can(user, 'incidents', action, { site: incident.siteId })
  }
}

export type IncidentAbilities = Awaited<ReturnType<IncidentPolicy['abilities']>>
