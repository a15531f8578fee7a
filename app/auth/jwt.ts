import { createHmac, randomUUID, timingSafeEqual } from 'node:crypto'

export type JwtClaims = {
  iss: string
  aud: string
  sub: string
  iat: number
  exp: number
  jti: string
}

export class JwtError extends Error {
  constructor(readonly reason: 'malformed' | 'signature' | 'expired' | 'claims') {
    super(`Invalid access token (${reason})`)
  }
}

const HEADER = Buffer.from(JSON.stringify({ alg: 'HS256', typ: 'JWT' })).toString('base64url')

/**
 * HS256 JSON Web Tokens, nothing else: the algorithm is fixed, so a token
 * claiming `none` or RS256 is rejected before any key is used.
 */
export class Jwt {
  constructor(
    private key: string,
    private issuer: string,
    private audience: string
  ) {}

  sign(subject: string, ttlSeconds: number, now = Math.floor(Date.now() / 1000)) {
    const claims: JwtClaims = {
      iss: this.issuer,
      aud: this.audience,
      sub: subject,
      iat: now,
      exp: now + ttlSeconds,
      jti: randomUUID(),
    }
    const payload = Buffer.from(JSON.stringify(claims)).toString('base64url')
    return { token: `${HEADER}.${payload}.${this.signature(`${HEADER}.${payload}`)}`, claims }
  }

  verify(token: string, now = Math.floor(Date.now() / 1000)): JwtClaims {
    const parts = token.split('.')
    if (parts.length !== 3) throw new JwtError('malformed')
    const [header, payload, signature] = parts

    let parsedHeader: { alg?: string }
    let claims: Partial<JwtClaims>
    try {
      parsedHeader = JSON.parse(Buffer.from(header, 'base64url').toString('utf8'))
      claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'))
    } catch {
      throw new JwtError('malformed')
    }
    if (parsedHeader.alg !== 'HS256') throw new JwtError('malformed')

    const expected = Buffer.from(this.signature(`${header}.${payload}`))
    const given = Buffer.from(signature)
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) {
      throw new JwtError('signature')
    }
    if (claims.iss !== this.issuer || claims.aud !== this.audience) throw new JwtError('claims')
    if (typeof claims.sub !== 'string' || typeof claims.jti !== 'string') {
      throw new JwtError('claims')
    }
    if (typeof claims.exp !== 'number' || claims.exp <= now) throw new JwtError('expired')
    return claims as JwtClaims
  }

  private signature(input: string) {
    return createHmac('sha256', this.key).update(input).digest('base64url')
  }
}
