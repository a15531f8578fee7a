import db from '@adonisjs/lucid/services/db'
import { Exception } from '@adonisjs/core/exceptions'
import type { MultipartFile } from '@adonisjs/core/bodyparser'
import type User from '#models/user'
import type Attachment from '#models/attachment'
import AttachmentAdded from '#events/attachment_added'
import { AuditTrail, type AuditActor } from '#services/records/audit_trail'
import { AttachmentService } from '#services/records/attachment_service'
import { RecordTypes, type RecordType } from '#services/records/record_types'
import { Timeline } from '#services/records/timeline'

type Translate = (key: string, data?: Record<string, unknown>) => string

/**
 * Adding comments and files to any registered record: authorization
 * through the record type, one transaction for rows, timeline and audit,
 * events after commit.
 */
export class RecordActivity {
  /** Finds a record the user may see; 404 hides records that exist but are not theirs. */
  static async resolve(type: string, id: number, user: User, need: 'read' | 'update') {
    const definition = RecordTypes.get(type)
    const row = definition ? await definition.find(id) : null
    if (!definition || !row || !(await definition.canRead(user, row))) {
      throw new Exception('Record not found', { status: 404, code: 'E_NOT_FOUND' })
    }
    if (need === 'update' && !(await definition.canUpdate(user, row))) {
      throw new Exception('Access denied', { status: 403, code: 'E_AUTHORIZATION_FAILURE' })
    }
    return { definition: definition as RecordType<unknown>, row }
  }

  static async comment(
    subject: { type: string; id: number },
    body: string,
    user: User,
    actor: AuditActor
  ) {
    const { definition, row } = await this.resolve(subject.type, subject.id, user, 'update')
    const entry = await db.transaction(async (trx) => {
      const created = await Timeline.add(trx, {
        subjectType: subject.type,
        subjectId: subject.id,
        kind: 'comment',
        authorId: user.id,
        body,
      })
      await AuditTrail.record(trx, {
        subjectType: subject.type,
        subjectId: subject.id,
        action: 'commented',
        actor,
        changes: { comment: { old: null, new: body.slice(0, 500) } },
      })
      return created
    })
    await definition.commented?.(row, entry.id, user.id)
    return entry
  }

  static async attach(
    subject: { type: string; id: number },
    files: MultipartFile[],
    user: User | null,
    actor: AuditActor,
    t: Translate
  ): Promise<Attachment[]> {
    const checked = await AttachmentService.check(files, t)
    let stored: Attachment[] = []
    try {
      stored = await db.transaction(async (trx) => {
        const rows = await AttachmentService.store(trx, subject, checked, user?.id ?? null)
        await Timeline.add(trx, {
          subjectType: subject.type,
          subjectId: subject.id,
          kind: 'attachment_added',
          authorId: user?.id ?? null,
          data: { files: rows.map((row) => ({ id: row.id, name: row.originalName })) },
        })
        await AuditTrail.record(trx, {
          subjectType: subject.type,
          subjectId: subject.id,
          action: 'attachments_added',
          actor,
          changes: { attachments: { old: null, new: rows.map((row) => row.originalName) } },
        })
        return rows
      })
    } catch (error) {
      await AttachmentService.discard(stored)
      throw error
    }
    await AttachmentAdded.dispatch(subject.type, subject.id, stored, user?.id ?? null)
    return stored
  }
}
