import { randomUUID } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { DateTime } from 'luxon'
import sharp from 'sharp'
import drive from '@adonisjs/drive/services/main'
import logger from '@adonisjs/core/services/logger'
import type { MultipartFile } from '@adonisjs/core/bodyparser'
import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import { errors as vineErrors } from '@vinejs/vine'
import attachmentsConfig from '#config/attachments'
import Attachment from '#models/attachment'
import { detectFileType, type DetectedType } from '#services/records/file_type'

type Translate = (key: string, data?: Record<string, unknown>) => string

type Checked = { file: MultipartFile; type: DetectedType }

const megabytes = (bytes: number) => Math.round(bytes / (1024 * 1024))

/**
 * Attachments for any record. Every file of an upload is checked by its
 * magic bytes and size before any is stored; a bad one rejects the whole
 * upload with a 422 naming the file and the reason. Files go to Drive
 * under server-generated keys; images get a thumbnail.
 */
export class AttachmentService {
  /** `field` names the upload's form field in the error messages (`files.0`...). */
  static async check(files: MultipartFile[], t: Translate, field = 'files'): Promise<Checked[]> {
    const messages: { field: string; message: string; rule: string }[] = []
    const checked: Checked[] = []

    if (files.length > attachmentsConfig.maxFilesPerUpload) {
      messages.push({
        field,
        rule: 'maxFiles',
        message: t('records.attachments.too_many', { max: attachmentsConfig.maxFilesPerUpload }),
      })
    }

    for (const [index, file] of files.entries()) {
      const path = `${field}.${index}`
      const name = file.clientName
      const type = file.tmpPath ? await detectFileType(file.tmpPath) : null
      if (!type) {
        messages.push({
          field: path,
          rule: 'fileType',
          message: t('records.attachments.type', { name }),
        })
        continue
      }
      const limit =
        type.kind === 'video' ? attachmentsConfig.maxVideoBytes : attachmentsConfig.maxBytes
      if (file.size > limit) {
        messages.push({
          field: path,
          rule: 'fileSize',
          message: t('records.attachments.size', { name, max: megabytes(limit) }),
        })
        continue
      }
      checked.push({ file, type })
    }

    if (messages.length) throw new vineErrors.E_VALIDATION_ERROR(messages)
    return checked
  }

  /**
   * Stores checked files and inserts their rows in the caller's
   * transaction. Files already written are removed again if anything fails.
   */
  static async store(
    trx: TransactionClientContract,
    subject: { type: string; id: number },
    files: Checked[],
    uploadedBy: number | null
  ): Promise<Attachment[]> {
    const disk = drive.use()
    const written: string[] = []
    try {
      const rows: Attachment[] = []
      for (const { file, type } of files) {
        const base = `${subject.type}/${DateTime.now().toFormat('yyyy/MM')}/${randomUUID()}`
        const storageKey = `attachments/${base}.${type.extension}`
        const contents = await readFile(file.tmpPath!)
        await disk.put(storageKey, contents)
        written.push(storageKey)

        const thumbnailKey = await this.thumbnail(contents, type, `thumbnails/${base}.webp`)
        if (thumbnailKey) written.push(thumbnailKey)

        rows.push(
          await Attachment.create(
            {
              subjectType: subject.type,
              subjectId: subject.id,
              originalName: file.clientName.slice(0, 255),
              mimeType: type.mime,
              kind: type.kind,
              size: file.size,
              storageKey,
              thumbnailKey,
              uploadedBy,
            },
            { client: trx }
          )
        )
      }
      return rows
    } catch (error) {
      await Promise.allSettled(written.map((key) => disk.delete(key)))
      throw error
    }
  }

  /** Removes stored files whose rows never committed. */
  static async discard(attachments: Attachment[]) {
    const disk = drive.use()
    const keys = attachments.flatMap((a) => [a.storageKey, a.thumbnailKey]).filter(Boolean)
    await Promise.allSettled(keys.map((key) => disk.delete(key!)))
  }

  private static async thumbnail(contents: Buffer, type: DetectedType, key: string) {
    if (!['image/jpeg', 'image/png', 'image/webp'].includes(type.mime)) return null
    try {
      const image = await sharp(contents)
        .rotate()
        .resize({ width: attachmentsConfig.thumbnailWidth, withoutEnlargement: true })
        .webp({ quality: 70 })
        .toBuffer()
      await drive.use().put(key, image)
      return key
    } catch (error) {
      logger.warn({ err: error }, 'thumbnail generation failed')
      return null
    }
  }

  static for(subjectType: string, subjectId: number) {
    return Attachment.query()
      .where({ subject_type: subjectType, subject_id: subjectId })
      .orderBy('id', 'asc')
  }
}
