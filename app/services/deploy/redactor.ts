/** Names of environment variables whose values must never be printed. */
const SECRET_NAME =
  /KEY|TOKEN|SECRET|PASS|CREDENTIAL|PRIVATE|AUTH|SIGNATURE|SALT|COOKIE|DSN|WEBHOOK|DATABASE_URL|REDIS_URL/i

/** Values this short (or booleans) are too common to mask without mangling output. */
const MIN_LENGTH = 6

/**
 * Masks secret values in everything the deploy tooling prints: any env value
 * whose name looks secret, values read from a secrets file, and the password
 * part of URLs. Every line of output goes through one instance.
 */
export class Redactor {
  #values = new Set<string>()

  constructor(env: NodeJS.ProcessEnv = process.env) {
    for (const [name, value] of Object.entries(env)) {
      if (value && SECRET_NAME.test(name)) this.add(value)
    }
  }

  add(value: string) {
    const trimmed = value.trim()
    if (trimmed.length < MIN_LENGTH || ['true', 'false'].includes(trimmed)) return
    this.#values.add(trimmed)
  }

  mask(text: string): string {
    let masked = text
    const longestFirst = [...this.#values].sort((a, b) => b.length - a.length)
    for (const value of longestFirst) masked = masked.split(value).join('***')
    return masked.replace(/(\b[a-z][a-z0-9+.-]*:\/\/[^\s:/@]+:)[^\s@/]+@/gi, '$1***@')
  }
}
