/**
 * Lenient readers for flyctl's JSON output. Field names have changed between
 * flyctl versions (`ImageRef`, `image_ref`, `imageRef`), so keys are matched
 * ignoring case, `_` and `-`.
 */

type JsonObject = Record<string, unknown>

export interface Release {
  version: number
  status: string
  image?: string
}

export interface Machine {
  id: string
  state: string
  image?: string
  processGroup?: string
}

export interface Check {
  name: string
  status: string
}

export interface SecretEntry {
  name: string
  digest?: string
}

const SUCCESSFUL_STATUSES = ['complete', 'completed', 'succeeded', 'success', 'successful']
const RELEASE_COMMAND_GROUP = 'fly_app_release_command'

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function field(source: unknown, ...names: string[]): unknown {
  if (!isObject(source)) return undefined
  const normalize = (key: string) => key.toLowerCase().replace(/[_-]/g, '')
  for (const name of names) {
    const key = Object.keys(source).find((candidate) => normalize(candidate) === normalize(name))
    if (key !== undefined && source[key] !== null && source[key] !== undefined) return source[key]
  }
  return undefined
}

function text(value: unknown): string | undefined {
  if (typeof value === 'string') return value
  if (typeof value === 'number') return String(value)
  return undefined
}

function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : []
}

/** An image given as a string, or as flyctl's {registry, repository, tag, digest} object. */
export function imageFrom(value: unknown): string | undefined {
  if (typeof value === 'string') return value || undefined
  if (!isObject(value)) return undefined
  const repository = text(field(value, 'repository'))
  if (!repository) return undefined
  const registry = text(field(value, 'registry'))
  const tag = text(field(value, 'tag'))
  const digest = text(field(value, 'digest'))
  const name = registry ? `${registry}/${repository}` : repository
  if (tag) return `${name}:${tag}`
  return digest ? `${name}@${digest}` : name
}

/**
 * Two references to the same image: identical, identical once a digest
 * suffix is dropped from one side, or carrying the same digest.
 */
export function sameImage(a: string | undefined, b: string | undefined) {
  if (!a || !b) return false
  if (a === b) return true
  const [nameA, digestA] = a.split('@')
  const [nameB, digestB] = b.split('@')
  if (digestA && digestB) return digestA === digestB
  return nameA === nameB
}

export function parseReleases(json: unknown): Release[] {
  return list(json)
    .map((entry) => {
      const rawVersion = text(field(entry, 'version'))
      const version = rawVersion ? Number(rawVersion.replace(/^v/i, '')) : Number.NaN
      return {
        version,
        status: (text(field(entry, 'status')) ?? '').toLowerCase(),
        image: imageFrom(field(entry, 'imageRef', 'image', 'imageUrl')),
      }
    })
    .filter((release) => Number.isFinite(release.version))
    .sort((a, b) => b.version - a.version)
}

export function isSuccessful(release: Release) {
  return SUCCESSFUL_STATUSES.includes(release.status)
}

/** The newest release that finished successfully and names its image. */
export function lastGoodRelease(releases: Release[], belowVersion = Infinity) {
  return releases.find(
    (release) => release.version < belowVersion && isSuccessful(release) && release.image
  )
}

export function parseMachines(json: unknown): Machine[] {
  return list(json)
    .map((entry) => {
      const config = field(entry, 'config')
      const metadata = field(config, 'metadata')
      return {
        id: text(field(entry, 'id')) ?? '?',
        state: (text(field(entry, 'state')) ?? '').toLowerCase(),
        image: imageFrom(field(config, 'image')) ?? imageFrom(field(entry, 'imageRef', 'image')),
        processGroup: text(field(metadata, 'flyProcessGroup')),
      }
    })
    .filter(
      (machine) =>
        machine.processGroup !== RELEASE_COMMAND_GROUP &&
        !['destroyed', 'destroying'].includes(machine.state)
    )
}

export function parseChecks(json: unknown): Check[] {
  return list(json).map((entry) => ({
    name: text(field(entry, 'name', 'id')) ?? '?',
    status: (text(field(entry, 'status', 'state')) ?? '').toLowerCase(),
  }))
}

export function parseSecrets(json: unknown): SecretEntry[] {
  return list(json)
    .map((entry) => ({
      name: (text(field(entry, 'name')) ?? '').toUpperCase(),
      digest: text(field(entry, 'digest')),
    }))
    .filter((secret) => secret.name)
}
