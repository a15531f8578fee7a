import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto'

export type TotpAlgorithm = 'sha1' | 'sha256' | 'sha512'

export type TotpOptions = {
  /** Unix time in milliseconds; defaults to now. */
  time?: number
  /** Seconds per step (RFC 6238 "X"). */
  period?: number
  digits?: number
  algorithm?: TotpAlgorithm
}

const BASE32_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'
const DEFAULTS = { period: 30, digits: 6, algorithm: 'sha1' as TotpAlgorithm }

/** RFC 4648 base32 without padding (what authenticator apps expect). */
export function base32Encode(bytes: Uint8Array): string {
  let output = ''
  let buffer = 0
  let bits = 0
  for (const byte of bytes) {
    buffer = (buffer << 8) | byte
    bits += 8
    while (bits >= 5) {
      output += BASE32_ALPHABET[(buffer >>> (bits - 5)) & 31]
      bits -= 5
    }
  }
  if (bits > 0) output += BASE32_ALPHABET[(buffer << (5 - bits)) & 31]
  return output
}

/** Decodes base32, ignoring case, spaces and padding; throws on other characters. */
export function base32Decode(input: string): Buffer {
  const clean = input.replace(/[\s=-]/g, '').toUpperCase()
  const bytes: number[] = []
  let buffer = 0
  let bits = 0
  for (const char of clean) {
    const value = BASE32_ALPHABET.indexOf(char)
    if (value === -1) throw new Error('Invalid base32 character')
    buffer = ((buffer << 5) | value) & 0xffff
    bits += 5
    if (bits >= 8) {
      bytes.push((buffer >>> (bits - 8)) & 0xff)
      bits -= 8
    }
  }
  return Buffer.from(bytes)
}

/** A new shared secret: 20 random bytes (160 bits, the HMAC-SHA1 block size RFC 4226 advises). */
export function generateSecret(size = 20): string {
  return base32Encode(randomBytes(size))
}

/** RFC 4226 HOTP with dynamic truncation. */
export function hotp(
  key: Uint8Array,
  counter: number,
  options: { digits?: number; algorithm?: TotpAlgorithm } = {}
): string {
  const digits = options.digits ?? DEFAULTS.digits
  const message = Buffer.alloc(8)
  message.writeBigUInt64BE(BigInt(counter))
  const mac = createHmac(options.algorithm ?? DEFAULTS.algorithm, key)
    .update(message)
    .digest()
  const offset = mac[mac.length - 1] & 0x0f
  const binary = mac.readUInt32BE(offset) & 0x7fffffff
  return String(binary % 10 ** digits).padStart(digits, '0')
}

/** The RFC 6238 time step ("T") for a time in milliseconds. */
export function timeStep(time = Date.now(), period = DEFAULTS.period): number {
  return Math.floor(time / 1000 / period)
}

/** The TOTP code of a base32 secret (or raw key) at a given time. */
export function totp(secret: string | Uint8Array, options: TotpOptions = {}): string {
  const key = typeof secret === 'string' ? base32Decode(secret) : secret
  return hotp(key, timeStep(options.time, options.period), options)
}

/**
 * Checks a code against the steps around `time` (±window steps, default 1:
 * tolerates 30 s of clock drift either way). Returns the matching time
 * step, which callers store to refuse the same code twice, or null.
 */
export function verifyTotp(
  secret: string,
  code: string,
  options: TotpOptions & { window?: number } = {}
): number | null {
  const digits = options.digits ?? DEFAULTS.digits
  const candidate = code.replace(/\s/g, '')
  if (!new RegExp(`^\\d{${digits}}$`).test(candidate)) return null

  const key = base32Decode(secret)
  const current = timeStep(options.time, options.period)
  const window = options.window ?? 1
  let matched: number | null = null
  for (let step = current - window; step <= current + window; step++) {
    const expected = hotp(key, step, options)
    if (timingSafeEqual(Buffer.from(expected), Buffer.from(candidate)) && matched === null) {
      matched = step
    }
  }
  return matched
}

/** The otpauth:// URI authenticator apps read from the QR code (Key URI format). */
export function keyUri(details: { secret: string; account: string; issuer: string }) {
  const label = `${encodeURIComponent(details.issuer)}:${encodeURIComponent(details.account)}`
  const query = new URLSearchParams({
    secret: details.secret,
    issuer: details.issuer,
    algorithm: 'SHA1',
    digits: String(DEFAULTS.digits),
    period: String(DEFAULTS.period),
  })
  return `otpauth://totp/${label}?${query.toString()}`
}
