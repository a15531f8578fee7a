import type TimelineEntry from '#models/timeline_entry'
import { BaseTransformer } from '@adonisjs/core/transformers'

/**
 * One timeline entry of any record: a comment or a system entry.
 */
export default class TimelineEntryTransformer extends BaseTransformer<TimelineEntry> {
  toObject() {
    const entry = this.resource
    return {
      ...this.pick(entry, ['id', 'kind', 'body']),
      data: entry.data as Record<string, unknown>,
      author: entry.author ? { id: entry.author.id, name: entry.author.name } : null,
      createdAt: entry.createdAt.toISO()!,
    }
  }
}
