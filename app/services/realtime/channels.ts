import type User from '#models/user'

type Params = Record<string, string>
type Authorizer = (user: User, params: Params) => boolean | Promise<boolean>
type Definition = { pattern: string; segments: string[]; authorize: Authorizer }

const definitions: Definition[] = []
const MAX_CHANNEL_LENGTH = 200

/** `users/:id/notifications` against `users/7/notifications` → `{ id: '7' }` */
function matchSegments(segments: string[], channel: string): Params | null {
  const parts = channel.split('/')
  if (parts.length !== segments.length) return null
  const params: Params = {}
  for (const [index, segment] of segments.entries()) {
    const part = parts[index]
    if (!part) return null
    if (segment.startsWith(':')) params[segment.slice(1)] = part
    else if (segment !== part) return null
  }
  return params
}

export const isId = (value: string | undefined) => Boolean(value && /^[1-9]\d{0,15}$/.test(value))

/**
 * The realtime channels that exist and who may listen to each. Deny by
 * default: a channel no definition matches, an authorizer that throws or
 * a user who is not active is refused.
 */
export const Channels = {
  define(pattern: string, authorize: Authorizer) {
    definitions.push({ pattern, segments: pattern.split('/'), authorize })
  },

  match(channel: string) {
    if (typeof channel !== 'string' || channel.length > MAX_CHANNEL_LENGTH) return null
    for (const definition of definitions) {
      const params = matchSegments(definition.segments, channel)
      if (params) return { definition, params }
    }
    return null
  },

  async canSubscribe(user: User | undefined, channel: string) {
    if (!user?.isActive) return false
    const found = this.match(channel)
    if (!found) return false
    try {
      return (await found.definition.authorize(user, found.params)) === true
    } catch {
      return false
    }
  },

  patterns() {
    return definitions.map((definition) => definition.pattern)
  },
}
