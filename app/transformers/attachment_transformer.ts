import type Attachment from '#models/attachment'
import { BaseTransformer } from '@adonisjs/core/transformers'

/**
 * An attachment as clients see it: never the storage key.
 */
export default class AttachmentTransformer extends BaseTransformer<Attachment> {
  toObject() {
    return {
      ...this.pick(this.resource, ['id', 'originalName', 'mimeType', 'kind', 'size', 'createdAt']),
      hasThumbnail: Boolean(this.resource.thumbnailKey),
    }
  }
}
