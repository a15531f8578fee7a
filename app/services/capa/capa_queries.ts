import { DateTime } from 'luxon'
import CorrectiveAction from '#models/corrective_action'
import type User from '#models/user'

export type CapaFilters = {
  status?: CorrectiveAction['status'] | 'pending' | 'overdue'
  priority?: CorrectiveAction['priority']
  sort?: 'due' | '-due' | 'priority' | 'number'
  page?: number
}

export const CAPA_PAGE_SIZE = 25

const PRIORITY_ORDER = `CASE priority WHEN 'critical' THEN 0 WHEN 'high' THEN 1 WHEN 'medium' THEN 2 ELSE 3 END`

/**
 * Reading corrective actions: "my actions" across every module, and the
 * actions of one source record.
 */
export const CapaQueries = {
  assignedTo(user: User, filters: CapaFilters) {
    const query = CorrectiveAction.query()
      .where('assignee_id', user.id)
      .preload('assignee', (assignee) => assignee.select('id', 'name'))
      .preload('department', (department) => department.select('id', 'name'))
    const status = filters.status ?? 'pending'
    if (status === 'pending') query.withScopes((scopes) => scopes.pending())
    else if (status === 'overdue') {
      query
        .withScopes((scopes) => scopes.pending())
        .where('due_on', '<', DateTime.now().toISODate()!)
    } else query.where('status', status)
    if (filters.priority) query.where('priority', filters.priority)

    const sort = filters.sort ?? 'due'
    if (sort === 'priority') query.orderByRaw(PRIORITY_ORDER).orderBy('due_on', 'asc')
    else if (sort === 'number') query.orderBy('id', 'desc')
    else query.orderBy('due_on', sort === 'due' ? 'asc' : 'desc')
    return query.orderBy('id', 'asc').paginate(filters.page ?? 1, CAPA_PAGE_SIZE)
  },

  forSource(type: string, id: number) {
    return CorrectiveAction.query()
      .where({ source_type: type, source_id: id })
      .preload('assignee', (assignee) => assignee.select('id', 'name'))
      .preload('verifier', (verifier) => verifier.select('id', 'name'))
      .orderBy('id', 'asc')
  },

  load(action: CorrectiveAction) {
    return action.load((loader) =>
      loader
        .load('assignee', (assignee) => assignee.select('id', 'name'))
        .load('verifier', (verifier) => verifier.select('id', 'name'))
        .load('department', (department) => department.select('id', 'name'))
    )
  },
}
