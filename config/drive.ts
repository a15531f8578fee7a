import env from '#start/env'
import app from '@adonisjs/core/services/app'
import { defineConfig, services } from '@adonisjs/drive'

/**
 * Attachments live on a volume (DRIVE_ROOT, /data/uploads on Fly) and are
 * never served statically: downloads go through an authorized route.
 */
const driveConfig = defineConfig({
  default: 'fs',
  services: {
    fs: services.fs({
      location: env.get('DRIVE_ROOT', app.tmpPath(app.inTest ? 'test-uploads' : 'uploads')),
      serveFiles: false,
      visibility: 'private',
    }),
  },
})

export default driveConfig

declare module '@adonisjs/drive/types' {
  export interface DriveDisks extends InferDriveDisks<typeof driveConfig> {}
}
