import { AuthorizationResponse } from '@adonisjs/bouncer'
import i18nManager from '@adonisjs/i18n/services/main'

export type Verdict = { allowed: boolean; status?: number; message?: string }

/**
 * A policy answer in one shape: allowed or not, and for a refusal its
 * status and English message (policies return booleans or responses).
 */
export async function verdict(answer: boolean | AuthorizationResponse | Promise<unknown>) {
  const result = (await answer) as boolean | AuthorizationResponse
  if (typeof result === 'boolean') return { allowed: result } as Verdict
  if (!(result instanceof AuthorizationResponse)) throw new Error('not a policy answer')
  const translation = result.translation
  return {
    allowed: result.authorized,
    status: result.status,
    message: translation
      ? i18nManager.locale('en').t(translation.identifier, translation.data)
      : result.message,
  } as Verdict
}

export const ALLOWED: Verdict = { allowed: true }
export const DENIED: Verdict = { allowed: false }

/** A record-rule refusal (422) with its English message. */
export function ruleRefusal(identifier: string, data?: Record<string, unknown>): Verdict {
  return { allowed: false, status: 422, message: i18nManager.locale('en').t(identifier, data) }
}

/** A missing privilege (403) with its English message. */
export function forbidden(identifier: string, data?: Record<string, unknown>): Verdict {
  return { allowed: false, status: 403, message: i18nManager.locale('en').t(identifier, data) }
}
