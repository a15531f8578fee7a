import { AuthorizationResponse, BasePolicy } from '@adonisjs/bouncer'
import type User from '#models/user'
import type CorrectiveAction from '#models/corrective_action'
import { PermissionService } from '#services/permission_service'
import { CapaSources, type CapaSource } from '#services/capa/capa_source'

/**
 * Corrective actions follow their source record: whoever may read the
 * record sees its actions, whoever may update it plans and cancels them.
 * The assignee always sees and works their own action but never verifies
 * it; verifying (or sending back) takes the record's responsible manager
 * or `approve` on the record's module for its site.
 */
export default class CorrectiveActionPolicy extends BasePolicy {
  /** Adding an action to a record (the route resolved the source). */
  async create(actor: User, source: CapaSource) {
    return this.manages(actor, source)
  }

  async view(actor: User, action: CorrectiveAction) {
    if (action.assigneeId === actor.id) return true
    const source = await CapaSources.of(action)
    return source ? source.definition.canRead(actor, source.row) : false
  }

  async update(actor: User, action: CorrectiveAction) {
    if (!action.isPending) return false
    return this.managesSource(actor, action)
  }

  async start(actor: User, action: CorrectiveAction) {
    return action.assigneeId === actor.id || this.managesSource(actor, action)
  }

  complete(actor: User, action: CorrectiveAction) {
    return this.start(actor, action)
  }

  async verify(actor: User, action: CorrectiveAction) {
    if (action.assigneeId === actor.id) {
      return AuthorizationResponse.deny('capa.errors.own_verify', 422).t('capa.errors.own_verify')
    }
    const source = await CapaSources.of(action)
    if (!source) return false
    if (source.summary.managerId === actor.id) return true
    const module = source.definition.module
    return module
      ? PermissionService.can(actor, module, 'approve', { site: source.summary.siteId })
      : false
  }

  sendBack(actor: User, action: CorrectiveAction) {
    return this.verify(actor, action)
  }

  async cancel(actor: User, action: CorrectiveAction) {
    return this.managesSource(actor, action)
  }

  protected async managesSource(actor: User, action: CorrectiveAction) {
    const source = await CapaSources.of(action)
    return source ? this.manages(actor, source) : false
  }

  /**
   * Planning actions takes `update` on the record's module for its site as
   * well as the record's own update rule: a record type may let its
   * reporter comment, which must not let them assign work.
   */
  protected async manages(actor: User, source: CapaSource) {
    const module = source.definition.module
    if (
      module &&
      !(await PermissionService.can(actor, module, 'update', { site: source.summary.siteId }))
    ) {
      return false
    }
    return source.definition.canUpdate(actor, source.row)
  }
}
