import { BaseEvent } from '@adonisjs/core/events'
import type Attachment from '#models/attachment'

/**
 * Files were added to a record (dispatched once per upload, after commit).
 */
export default class AttachmentAdded extends BaseEvent {
  constructor(
    public subjectType: string,
    public subjectId: number,
    public attachments: Attachment[],
    public actorId: number | null
  ) {
    super()
  }
}
