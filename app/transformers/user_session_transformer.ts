import type UserSession from '#models/user_session'
import { BaseTransformer } from '@adonisjs/core/transformers'

const BROWSERS: [RegExp, string][] = [
  [/Edg(e|A|iOS)?\//, 'Edge'],
  [/OPR\/|Opera/, 'Opera'],
  [/SamsungBrowser\//, 'Samsung Internet'],
  [/Firefox\/|FxiOS\//, 'Firefox'],
  [/Chrome\/|CriOS\//, 'Chrome'],
  [/Safari\//, 'Safari'],
]

const SYSTEMS: [RegExp, string][] = [
  [/Android/, 'Android'],
  [/iPhone|iPad|iPod/, 'iOS'],
  [/Windows/, 'Windows'],
  [/Mac OS X|Macintosh/, 'macOS'],
  [/CrOS/, 'ChromeOS'],
  [/Linux/, 'Linux'],
]

/** "Chrome" on "Android" from a user agent string; null parts are unknown. */
export function summarizeUserAgent(userAgent: string | null) {
  const find = (list: [RegExp, string][]) =>
    userAgent ? (list.find(([pattern]) => pattern.test(userAgent))?.[1] ?? null) : null
  return {
    browser: find(BROWSERS),
    os: find(SYSTEMS),
    mobile: userAgent ? /Mobile|Android|iPhone|iPad/.test(userAgent) : false,
  }
}

/**
 * A tracked browser session as its owner sees it: device, address, times,
 * and whether it is the one making the request.
 */
export default class UserSessionTransformer extends BaseTransformer<UserSession> {
  constructor(
    resource: UserSession,
    private currentId?: string
  ) {
    super(resource)
  }

  toObject() {
    return {
      id: this.resource.id,
      ...summarizeUserAgent(this.resource.userAgent),
      ipAddress: this.resource.ipAddress,
      createdAt: this.resource.createdAt.toISO()!,
      lastSeenAt: this.resource.lastSeenAt.toISO()!,
      current: this.resource.id === this.currentId,
    }
  }
}
