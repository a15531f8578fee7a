import { test } from '@japa/runner'
import {
  base32Decode,
  base32Encode,
  generateSecret,
  hotp,
  keyUri,
  timeStep,
  totp,
  verifyTotp,
} from '#services/totp'

const SHA1_KEY = Buffer.from('12345678901234567890')
const SHA256_KEY = Buffer.from('12345678901234567890123456789012')
const SHA512_KEY = Buffer.from('1234567890'.repeat(6) + '1234')

/** RFC 6238 appendix B: time (s) → 8-digit code, per algorithm. */
const RFC6238_VECTORS: [number, string, string, string][] = [
  [59, '94287082', '46119246', '90693936'],
  [1111111109, '07081804', '68084774', '25091201'],
  [1111111111, '14050471', '67062674', '99943326'],
  [1234567890, '89005924', '91819424', '93441116'],
  [2000000000, '69279037', '90698825', '38618901'],
  [20000000000, '65353130', '77737706', '47863826'],
]

/** RFC 4226 appendix D: HOTP values for counters 0..9. */
const RFC4226_VECTORS = [
  '755224',
  '287082',
  '359152',
  '969429',
  '338314',
  '254676',
  '287922',
  '162583',
  '399871',
  '520489',
]

test.group('TOTP / RFC vectors', () => {
  test('matches the RFC 4226 HOTP values', ({ assert }) => {
    RFC4226_VECTORS.forEach((expected, counter) => {
      assert.equal(hotp(SHA1_KEY, counter), expected, `counter ${counter}`)
    })
  })

  test('matches the RFC 6238 SHA1 vectors (8 digits)', ({ assert }) => {
    for (const [seconds, sha1] of RFC6238_VECTORS) {
      const options = { time: seconds * 1000, digits: 8 }
      assert.equal(totp(SHA1_KEY, options), sha1, `T=${seconds}`)
      assert.equal(totp(base32Encode(SHA1_KEY), options), sha1, `T=${seconds} (base32 secret)`)
    }
  })

  test('matches the RFC 6238 SHA256 and SHA512 vectors', ({ assert }) => {
    for (const [seconds, , sha256, sha512] of RFC6238_VECTORS) {
      const time = seconds * 1000
      assert.equal(totp(SHA256_KEY, { time, digits: 8, algorithm: 'sha256' }), sha256)
      assert.equal(totp(SHA512_KEY, { time, digits: 8, algorithm: 'sha512' }), sha512)
    }
  })

  test('computes the RFC time step with a 30 second period', ({ assert }) => {
    assert.equal(timeStep(59_000), 1)
    assert.equal(timeStep(1111111109_000), 0x23523ec)
    assert.equal(timeStep(20000000000_000), 0x27bc86aa)
  })
})

test.group('TOTP / base32 and secrets', () => {
  test('round-trips bytes through base32 (RFC 4648 alphabet, no padding)', ({ assert }) => {
    assert.equal(base32Encode(Buffer.from('foobar')), 'MZXW6YTBOI')
    assert.equal(base32Decode('MZXW6YTBOI').toString(), 'foobar')
    assert.equal(base32Decode('mzxw 6ytb oi======').toString(), 'foobar')
    assert.equal(base32Encode(SHA1_KEY), 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ')
    assert.throws(() => base32Decode('MZXW1'), 'Invalid base32 character')
  })

  test('generates 20-byte secrets that differ every time', ({ assert }) => {
    const first = generateSecret()
    const second = generateSecret()
    assert.match(first, /^[A-Z2-7]{32}$/)
    assert.lengthOf(base32Decode(first), 20)
    assert.notEqual(first, second)
  })

  test('builds an otpauth URI authenticator apps understand', ({ assert }) => {
    const uri = new URL(
      keyUri({ secret: 'JBSWY3DPEHPK3PXP', account: 'ana@harmoni360.local', issuer: 'Harmoni' })
    )
    assert.equal(uri.protocol, 'otpauth:')
    assert.equal(uri.host, 'totp')
    assert.equal(decodeURIComponent(uri.pathname), '/Harmoni:ana@harmoni360.local')
    assert.equal(uri.searchParams.get('secret'), 'JBSWY3DPEHPK3PXP')
    assert.equal(uri.searchParams.get('issuer'), 'Harmoni')
    assert.equal(uri.searchParams.get('digits'), '6')
    assert.equal(uri.searchParams.get('period'), '30')
  })
})

test.group('TOTP / verification window', () => {
  const secret = base32Encode(SHA1_KEY)
  const now = 1_700_000_015_000
  const step = timeStep(now)

  test('accepts the current code and returns its time step', ({ assert }) => {
    assert.equal(verifyTotp(secret, totp(secret, { time: now }), { time: now }), step)
  })

  test('accepts the previous and the next step, nothing further', ({ assert }) => {
    const at = (offset: number) => totp(secret, { time: now + offset * 30_000 })
    assert.equal(verifyTotp(secret, at(-1), { time: now }), step - 1)
    assert.equal(verifyTotp(secret, at(1), { time: now }), step + 1)
    assert.isNull(verifyTotp(secret, at(-2), { time: now }))
    assert.isNull(verifyTotp(secret, at(2), { time: now }))
  })

  test('a code stays valid from the start of its step until one step after it ends', ({
    assert,
  }) => {
    const start = step * 30_000
    const code = totp(secret, { time: start })
    assert.equal(verifyTotp(secret, code, { time: start + 29_999 }), step)
    assert.equal(verifyTotp(secret, code, { time: start + 59_999 }), step)
    assert.isNull(verifyTotp(secret, code, { time: start + 60_000 }))
  })

  test('refuses malformed codes, tolerating spaces', ({ assert }) => {
    const code = totp(secret, { time: now })
    assert.equal(verifyTotp(secret, `${code.slice(0, 3)} ${code.slice(3)}`, { time: now }), step)
    assert.isNull(verifyTotp(secret, code.slice(1), { time: now }))
    assert.isNull(verifyTotp(secret, `${code}0`, { time: now }))
    assert.isNull(verifyTotp(secret, 'abcdef', { time: now }))
    assert.isNull(verifyTotp(secret, '', { time: now }))
  })

  test('refuses the code of another secret', ({ assert }) => {
    const other = base32Encode(SHA256_KEY)
    assert.notEqual(totp(other, { time: now }), totp(secret, { time: now }))
    assert.isNull(verifyTotp(secret, totp(other, { time: now }), { time: now }))
  })
})
