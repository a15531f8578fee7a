import drive from '@adonisjs/drive/services/main'
import { Exception } from '@adonisjs/core/exceptions'
import type { HttpContext } from '@adonisjs/core/http'
import Attachment from '#models/attachment'
import { RecordActivity } from '#services/records/record_activity'

/**
 * Downloads go through here, never through a static path: the caller must
 * be able to read the record the file belongs to.
 */
export default class AttachmentsController {
  async show(ctx: HttpContext) {
    const attachment = await this.authorized(ctx)
    return this.stream(ctx, attachment.storageKey, attachment.mimeType, attachment.originalName)
  }

  async thumbnail(ctx: HttpContext) {
    const attachment = await this.authorized(ctx)
    if (!attachment.thumbnailKey) return ctx.response.notFound()
    return this.stream(ctx, attachment.thumbnailKey, 'image/webp', null)
  }

  /** The file exists, so a record the caller may not read is a 403 here, not a 404. */
  private async authorized({ params, auth }: HttpContext) {
    const attachment = await Attachment.findOrFail(params.id)
    try {
      await RecordActivity.resolve(
        attachment.subjectType,
        attachment.subjectId,
        auth.getUserOrFail(),
        'read'
      )
    } catch (error) {
      if ((error as { status?: number }).status !== 404) throw error
      throw new Exception('Access denied', { status: 403, code: 'E_AUTHORIZATION_FAILURE' })
    }
    return attachment
  }

  private async stream(ctx: HttpContext, key: string, mime: string, downloadName: string | null) {
    const disk = drive.use()
    const { response } = ctx
    response.header('Content-Type', mime)
    response.header('X-Content-Type-Options', 'nosniff')
    response.header('Cache-Control', 'private, max-age=3600')
    if (downloadName) {
      const ascii = downloadName.replace(/[^\x20-\x7e]|["\\]/g, '_')
      response.header(
        'Content-Disposition',
        `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(downloadName)}`
      )
    } else {
      response.header('Content-Disposition', 'inline')
    }
    return response.stream(await disk.getStream(key))
  }
}
