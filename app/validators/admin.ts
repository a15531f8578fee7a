import vine from '@vinejs/vine'
import type { VineValidator } from '@vinejs/vine'
import type { I18n } from '@adonisjs/i18n'
import type { FieldContext, Infer, MessagesProviderContact, SchemaTypes } from '@vinejs/vine/types'
import { PERMISSION_ACTIONS, PERMISSION_MODULES } from '#app/data/permissions'

export const LOCALES = ['en', 'id'] as const
export const USER_STATUSES = ['active', 'disabled'] as const
export const MIN_PASSWORD_LENGTH = 12

const PERMISSION_KEYS = PERMISSION_MODULES.flatMap((module) =>
  PERMISSION_ACTIONS.map((action) => `${module}.${action}`)
)

const id = () => vine.number().withoutDecimals().positive()
const siteId = () => id().exists({ table: 'sites', column: 'id' })
const name = () => vine.string().trim().minLength(2).maxLength(200)
const email = () => vine.string().trim().toLowerCase().email().maxLength(254)
const password = () => vine.string().minLength(MIN_PASSWORD_LENGTH).maxLength(512)

/** Role grants: each role, optionally limited to one site. */
const access = () => ({
  roles: vine
    .array(
      vine.object({
        roleId: id().exists({ table: 'roles', column: 'id' }),
        siteId: siteId().nullable().optional(),
      })
    )
    .maxLength(100),
  sites: vine.array(siteId()).maxLength(500),
})

/** List filters come from the query string; bad values are ignored, not fatal. */
export const userFiltersValidator = vine.create({
  search: vine.string().trim().maxLength(100).optional(),
  role: id().optional(),
  site: id().optional(),
  status: vine.enum(USER_STATUSES).optional(),
  page: id().max(100_000).optional(),
})

/**
 * Query-string filters where a value that does not validate is dropped on
 * its own: a stale `status` or `page` in a link must not silently discard
 * the search and the other filters.
 */
export async function lenientFilters<Schema extends SchemaTypes>(
  validator: VineValidator<Schema, Record<string, any> | undefined>,
  qs: Record<string, unknown>
): Promise<Partial<Infer<Schema>>> {
  const [error, valid] = await validator.tryValidate(qs)
  if (!error) return valid
  const invalid = new Set(
    (error.messages as { field: string }[]).map((message) => message.field.split('.')[0])
  )
  const kept = Object.fromEntries(Object.entries(qs).filter(([key]) => !invalid.has(key)))
  const [, retried] = await validator.tryValidate(kept)
  return retried ?? {}
}

export const createUserValidator = vine.create({
  name: name(),
  email: email().unique({ table: 'users', column: 'email', caseInsensitive: true }),
  locale: vine.enum(LOCALES),
  invite: vine.boolean().optional(),
  password: password().optional().requiredWhen('invite', '!=', true),
  ...access(),
})

export const updateUserValidator = vine.withMetaData<{ userId: number }>().create({
  name: name(),
  email: email().unique({
    table: 'users',
    column: 'email',
    caseInsensitive: true,
    filter: (query, _value, field) => {
      query.whereNot('id', field.meta.userId)
    },
  }),
  locale: vine.enum(LOCALES),
})

export const userAccessValidator = vine.create(access())

export const userStatusValidator = vine.create({
  status: vine.enum(USER_STATUSES),
})

const roleFlags = () => ({
  label: vine.string().trim().minLength(2).maxLength(120),
  requiresTwoFactor: vine.boolean(),
  allSites: vine.boolean(),
})

export const createRoleValidator = vine.create({
  name: vine
    .string()
    .trim()
    .toLowerCase()
    .regex(/^[a-z][a-z0-9_]{1,62}$/)
    .unique({ table: 'roles', column: 'name' }),
  ...roleFlags(),
})

export const updateRoleValidator = vine.create(roleFlags())

/** The full set of granted `module.action` keys (an empty list revokes all). */
export const rolePermissionsValidator = vine.create({
  permissions: vine.array(vine.enum(PERMISSION_KEYS)).maxLength(PERMISSION_KEYS.length),
})

export const securityEventFiltersValidator = vine.create({
  event: vine.string().trim().maxLength(48).optional(),
  search: vine.string().trim().maxLength(100).optional(),
  from: vine.date({ formats: ['YYYY-MM-DD'] }).optional(),
  to: vine.date({ formats: ['YYYY-MM-DD'] }).optional(),
  page: id().max(100_000).optional(),
})

/**
 * Validation messages for the admin forms: `admin.validation.<field>.<rule>`
 * when admin.json has one (e.g. a clearer "email already in use"), else the
 * application's shared validation messages.
 */
export class AdminMessages implements MessagesProviderContact {
  #shared: MessagesProviderContact

  constructor(private i18n: I18n) {
    this.#shared = i18n.createMessagesProvider()
  }

  getMessage(message: string, rule: string, field: FieldContext, meta?: Record<string, any>) {
    const own = this.i18n.resolveIdentifier(`admin.validation.${field.wildCardPath}.${rule}`)
    if (own) return this.i18n.formatRawMessage(own.message, { ...meta })
    return this.#shared.getMessage(message, rule, field, meta)
  }
}
