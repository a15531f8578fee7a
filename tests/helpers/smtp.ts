import { once } from 'node:events'
import { SMTPServer } from 'smtp-server'
import env from '#start/env'
import { Waiters } from '#tests/helpers/waiters'

export type ReceivedMail = {
  /** SMTP envelope recipients (RCPT TO) */
  recipients: string[]
  headers: Record<string, string>
  subject: string
  text: string
  html: string
  raw: string
}

type Part = { headers: Record<string, string>; body: string }

/**
 * A real SMTP server inside the test process, listening where config/mail.ts
 * sends (SMTP_HOST/SMTP_PORT, set per test port by bin/run_tests.js). It
 * keeps every message it receives, parsed just enough for assertions.
 */
export class SmtpCatcher {
  readonly messages: ReceivedMail[] = []
  #waiters = new Waiters()
  #server?: SMTPServer

  get port() {
    return env.get('SMTP_PORT', 1025)
  }

  async start() {
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      closeTimeout: 1_000,
      onData: (stream, session, callback) => {
        const chunks: Buffer[] = []
        stream.on('data', (chunk: Buffer) => chunks.push(chunk))
        stream.on('end', () => {
          const recipients = session.envelope.rcptTo.map((rcpt) => rcpt.address)
          this.messages.push(parseMail(Buffer.concat(chunks).toString('utf8'), recipients))
          this.#waiters.wake()
          callback()
        })
      },
    })
    server.listen(this.port, env.get('SMTP_HOST', '127.0.0.1'))
    await Promise.race([
      once(server.server, 'listening'),
      once(server, 'error').then(([error]) => {
        throw new Error(`The test SMTP server could not listen on port ${this.port}: ${error}`)
      }),
    ])
    this.#server = server
    return this
  }

  async stop() {
    const server = this.#server
    this.#server = undefined
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()))
  }

  clear() {
    this.messages.length = 0
  }

  sentTo(address: string) {
    return this.messages.filter((mail) =>
      mail.recipients.some((rcpt) => rcpt.toLowerCase() === address.toLowerCase())
    )
  }

  /** Resolves with the first message to `address`, or fails after `timeoutMs`. */
  async waitFor(address: string, timeoutMs = 15_000): Promise<ReceivedMail> {
    const [first] = await this.waitForCount(address, 1, timeoutMs)
    return first
  }

  /** Resolves once `count` messages to `address` arrived, or fails after `timeoutMs`. */
  async waitForCount(address: string, count: number, timeoutMs = 15_000) {
    return this.#waiters.until(
      () => {
        const found = this.sentTo(address)
        return found.length >= count ? found : undefined
      },
      timeoutMs,
      () => `${count} mail(s) to ${address} expected, ${this.sentTo(address).length} arrived`
    )
  }
}

/** Splits a message or MIME part into unfolded, lower-cased headers and its body. */
function splitPart(raw: string): Part {
  const separator = raw.search(/\r?\n\r?\n/)
  const head = separator === -1 ? raw : raw.slice(0, separator)
  const body = separator === -1 ? '' : raw.slice(separator).replace(/^\r?\n\r?\n/, '')
  const headers: Record<string, string> = {}
  for (const line of head.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const colon = line.indexOf(':')
    if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim()
  }
  return { headers, body }
}

function headerParam(value: string | undefined, name: string) {
  const match = value?.match(new RegExp(`${name}="?([^";]+)"?`, 'i'))
  return match?.[1]
}

function decodeQuotedPrintable(input: string) {
  const bytes: number[] = []
  const text = input.replace(/=\r?\n/g, '')
  for (let index = 0; index < text.length; index++) {
    const hex = text.slice(index + 1, index + 3)
    if (text[index] === '=' && /^[0-9A-F]{2}$/i.test(hex)) {
      bytes.push(Number.parseInt(hex, 16))
      index += 2
    } else {
      bytes.push(...Buffer.from(text[index], 'utf8'))
    }
  }
  return Buffer.from(bytes).toString('utf8')
}

function decodeBody(part: Part) {
  const encoding = (part.headers['content-transfer-encoding'] ?? '7bit').toLowerCase()
  if (encoding === 'base64') return Buffer.from(part.body, 'base64').toString('utf8')
  if (encoding === 'quoted-printable') return decodeQuotedPrintable(part.body)
  return part.body
}

/** Decodes RFC 2047 encoded words (`=?UTF-8?Q?...?=`) in a header value. */
function decodeHeader(value: string) {
  return value
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?[^?]+\?([QqBb])\?([^?]*)\?=/g, (_, kind: string, text: string) =>
      kind.toUpperCase() === 'B'
        ? Buffer.from(text, 'base64').toString('utf8')
        : decodeQuotedPrintable(text.replace(/_/g, ' '))
    )
}

/** Collects the text/plain and text/html leaves of a (possibly nested) MIME tree. */
function collectLeaves(part: Part, found: { text: string; html: string }) {
  const type = part.headers['content-type'] ?? 'text/plain'
  if (/^multipart\//i.test(type)) {
    const boundary = headerParam(type, 'boundary')
    if (!boundary) return
    const sections = part.body.split(`--${boundary}`).slice(1)
    for (const section of sections) {
      if (section.startsWith('--')) break
      collectLeaves(splitPart(section.replace(/^\r?\n/, '')), found)
    }
    return
  }
  if (/^text\/html/i.test(type)) found.html += decodeBody(part)
  else if (/^text\/plain/i.test(type)) found.text += decodeBody(part)
}

export function parseMail(raw: string, recipients: string[] = []): ReceivedMail {
  const message = splitPart(raw)
  const found = { text: '', html: '' }
  collectLeaves(message, found)
  const headers: Record<string, string> = {}
  for (const [name, value] of Object.entries(message.headers)) headers[name] = decodeHeader(value)
  return { recipients, headers, subject: headers.subject ?? '', ...found, raw }
}
