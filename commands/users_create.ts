import { BaseCommand, flags } from '@adonisjs/core/ace'
import type { CommandOptions } from '@adonisjs/core/types/ace'

/**
 * Creates an account from the command line, typically the first super
 * administrator of a fresh installation. The password never travels in
 * argv (visible in `ps` and shell history): it is read from stdin, or
 * asked for without echo on a terminal.
 *
 *   echo "$PASSWORD" | node ace users:create --email a@b.c --name "A B" \
 *     --role super_admin --password-stdin
 */
export default class UsersCreate extends BaseCommand {
  static commandName = 'users:create'
  static description = 'Create a user with one or more roles (password read from stdin)'
  static options: CommandOptions = { startApp: true }

  @flags.string({ description: 'Email address (unique)', required: true })
  declare email: string

  @flags.string({ description: 'Full name', required: true })
  declare name: string

  @flags.array({ description: 'Role name, e.g. super_admin (repeat for more roles)' })
  declare role?: string[]

  @flags.array({ description: 'Site code the user belongs to (repeat for more sites)' })
  declare site?: string[]

  @flags.string({ description: 'Language: en (default) or id' })
  declare locale?: string

  @flags.boolean({ description: 'Read the password from stdin (required unless on a terminal)' })
  declare passwordStdin: boolean

  async run() {
    const { default: i18nManager } = await import('@adonisjs/i18n/services/main')
    const i18n = i18nManager.locale(i18nManager.defaultLocale)
    const fail = (key: string, data: Record<string, unknown> = {}) => {
      this.logger.error(i18n.t(`admin.cli.${key}`, data))
      this.exitCode = 1
    }

    const password = await this.readPassword()
    if (password === null) return fail('password_stdin_required')

    const { default: vine } = await import('@vinejs/vine')
    const { LOCALES, MIN_PASSWORD_LENGTH } = await import('#validators/admin')
    const [invalid, input] = await vine.tryValidate({
      schema: vine.object({
        email: vine.string().trim().toLowerCase().email().maxLength(254),
        name: vine.string().trim().minLength(2).maxLength(200),
        locale: vine.enum(LOCALES),
        password: vine.string().minLength(MIN_PASSWORD_LENGTH).maxLength(512),
      }),
      data: { email: this.email, name: this.name, locale: this.locale ?? 'en', password },
    })
    if (invalid) {
      const fields = (invalid.messages as { field: string }[]).map((message) => message.field)
      return fail('invalid', { fields: [...new Set(fields)].join(', '), min: MIN_PASSWORD_LENGTH })
    }

    const { default: User } = await import('#models/user')
    const { default: Role } = await import('#models/role')
    const { default: Site } = await import('#models/site')
    if (await User.findBy('email', input.email)) return fail('exists', { email: input.email })

    const names = [...new Set(this.role ?? [])]
    const roles = await Role.query().whereIn('name', names)
    const unknownRoles = names.filter((name) => !roles.some((role) => role.name === name))
    if (unknownRoles.length > 0) return fail('unknown_role', { roles: unknownRoles.join(', ') })

    const codes = [...new Set(this.site ?? [])]
    const sites = await Site.query().whereIn('code', codes)
    const unknownSites = codes.filter((code) => !sites.some((site) => site.code === code))
    if (unknownSites.length > 0) return fail('unknown_site', { sites: unknownSites.join(', ') })

    const { UserAdminService } = await import('#services/user_admin_service')
    const user = await new UserAdminService().create(
      {
        ...input,
        roles: roles.map((role) => ({ roleId: role.id })),
        sites: sites.map((site) => site.id),
      },
      { actor: null }
    )
    this.logger.success(
      i18n.t('admin.cli.created', {
        email: user.email,
        id: user.id,
        roles: names.join(', ') || '-',
      })
    )
  }

  /** The password from stdin (first line), a hidden prompt on a terminal, or null. */
  protected async readPassword(): Promise<string | null> {
    if (this.passwordStdin) {
      const chunks: Buffer[] = []
      for await (const chunk of process.stdin) chunks.push(Buffer.from(chunk))
      return Buffer.concat(chunks).toString('utf8').split(/\r?\n/)[0]
    }
    if (process.stdin.isTTY) return this.prompt.secure('Password')
    return null
  }
}
