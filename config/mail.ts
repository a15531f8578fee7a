import env from '#start/env'
import { defineConfig, transports } from '@adonisjs/mail'

/**
 * SMTP everywhere. Without SMTP_HOST in development, point it at a local
 * catcher; tests start a real SMTP server in-process. Connections are
 * pooled: one event mails several people, and a TLS handshake per mail
 * is most of the cost of sending it.
 */
const mailConfig = defineConfig({
  default: 'smtp',
  from: {
    address: env.get('MAIL_FROM_ADDRESS', 'no-reply@harmoni360.local'),
    name: env.get('MAIL_FROM_NAME', 'HarmoniHSE360'),
  },
  mailers: {
    smtp: transports.smtp({
      host: env.get('SMTP_HOST', '127.0.0.1'),
      port: env.get('SMTP_PORT', 1025),
      secure: env.get('SMTP_SECURE', false),
      ignoreTLS: !env.get('SMTP_SECURE', false) && !env.get('SMTP_USERNAME'),
      pool: true,
      maxConnections: 2,
      auth: env.get('SMTP_USERNAME')
        ? { type: 'login', user: env.get('SMTP_USERNAME')!, pass: env.get('SMTP_PASSWORD', '') }
        : undefined,
    }),
  },
})

export default mailConfig

declare module '@adonisjs/mail/types' {
  export interface MailersList extends InferMailers<typeof mailConfig> {}
}
