import env from '#start/env'

/**
 * Upload limits: images and documents 20 MB, video 100 MB by default.
 */
export default {
  maxBytes: env.get('ATTACHMENT_MAX_MB', 20) * 1024 * 1024,
  maxVideoBytes: env.get('ATTACHMENT_MAX_VIDEO_MB', 100) * 1024 * 1024,
  maxFilesPerUpload: 10,
  thumbnailWidth: 320,
}
