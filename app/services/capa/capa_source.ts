import { Exception } from '@adonisjs/core/exceptions'
import type CorrectiveAction from '#models/corrective_action'
import type User from '#models/user'
import { RecordTypes, type RecordSummary, type RecordType } from '#services/records/record_types'

export type CapaSource = {
  type: string
  id: number
  definition: RecordType<unknown>
  row: unknown
  summary: RecordSummary
}

const memo = new WeakMap<CorrectiveAction, Promise<CapaSource | null>>()

/**
 * The record a corrective action belongs to, found through the shared
 * record registry, so this mechanism never knows a module's tables.
 */
export const CapaSources = {
  async find(type: string, id: number): Promise<CapaSource | null> {
    const definition = RecordTypes.get(type)
    const row = definition ? await definition.find(id) : null
    if (!definition || !row) return null
    const summary = definition.summarise?.(row) ?? { siteId: null, managerId: null, label: '' }
    return { type, id, definition, row, summary }
  },

  /** A source the user may read; 404 otherwise, so hidden records stay hidden. */
  async readable(type: string, id: number, user: User) {
    const source = await this.find(type, id)
    if (!source || !(await source.definition.canRead(user, source.row))) {
      throw new Exception('Record not found', { status: 404, code: 'E_NOT_FOUND' })
    }
    return source
  },

  /** The source of an action, looked up once per action instance. */
  of(action: CorrectiveAction) {
    let pending = memo.get(action)
    if (!pending) {
      pending = this.find(action.sourceType, action.sourceId)
      memo.set(action, pending)
    }
    return pending
  },
}
