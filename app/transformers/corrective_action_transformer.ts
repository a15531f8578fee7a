import type CorrectiveAction from '#models/corrective_action'
import { BaseTransformer } from '@adonisjs/core/transformers'

/**
 * A corrective action for lists, detail pages and the API. The assignee,
 * verifier and department appear when the query preloaded them.
 */
export default class CorrectiveActionTransformer extends BaseTransformer<CorrectiveAction> {
  toObject() {
    const action = this.resource
    const person = (user?: { id: number; name: string } | null) =>
      user ? { id: user.id, name: user.name } : null
    return {
      ...this.pick(action, [
        'id',
        'number',
        'title',
        'description',
        'type',
        'controlLevel',
        'priority',
        'status',
        'completionNote',
        'effectiveness',
        'effectivenessNote',
        'cancelReason',
      ]),
      source: { type: action.sourceType, id: action.sourceId, label: action.sourceLabel },
      dueOn: action.dueOn.toISODate()!,
      overdue: action.isOverdue,
      assignee: person(action.assignee),
      verifier: person(action.verifier),
      department: action.department
        ? { id: action.department.id, name: action.department.name }
        : null,
      completedAt: action.completedAt?.toISO() ?? null,
      verifiedAt: action.verifiedAt?.toISO() ?? null,
      createdAt: action.createdAt.toISO()!,
    }
  }
}
