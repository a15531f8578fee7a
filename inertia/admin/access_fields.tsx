import { Badge, Checkbox, Group, MultiSelect, Select, Stack, Text } from '@mantine/core'
import { useTranslate } from '~/hooks/use_translate'

export type RoleGrant = { roleId: number; siteId: number | null }

/** A role as the access editor sees it; `grantable`/`removable` come from the server's policy. */
export type RoleChoice = {
  id: number
  name: string
  label: string
  allSites: boolean
  grantable: boolean
  removable: boolean
}

export type SiteChoice = { id: number; name: string }

type Props = {
  roles: RoleChoice[]
  sites: SiteChoice[]
  grants: RoleGrant[]
  siteIds: number[]
  onGrantsChange: (grants: RoleGrant[]) => void
  onSitesChange: (sites: number[]) => void
  errors: Partial<Record<string, string>>
  disabled?: boolean
}

/**
 * Roles (each optionally limited to one site) and the user's sites. A role
 * the signed-in administrator may not grant or remove is shown locked.
 */
export function AccessFields(props: Props) {
  const { roles, sites, grants, siteIds, onGrantsChange, onSitesChange, errors, disabled } = props
  const { t } = useTranslate()
  const held = new Map(grants.map((grant) => [grant.roleId, grant]))
  const siteOptions = sites.map((site) => ({ value: String(site.id), label: site.name }))
  const roleErrors = Object.entries(errors)
    .filter(([key]) => key.startsWith('roles'))
    .map(([, message]) => message)

  const toggle = (role: RoleChoice, checked: boolean) =>
    onGrantsChange(
      checked
        ? [...grants, { roleId: role.id, siteId: null }]
        : grants.filter((grant) => grant.roleId !== role.id)
    )
  const limit = (role: RoleChoice, site: string | null) =>
    onGrantsChange(
      grants.map((grant) =>
        grant.roleId === role.id ? { ...grant, siteId: site ? Number(site) : null } : grant
      )
    )

  return (
    <Stack gap="md">
      <MultiSelect
        label={t('admin.users.sites')}
        description={t('admin.users.sites_help')}
        data={siteOptions}
        value={siteIds.map(String)}
        onChange={(values) => onSitesChange(values.map(Number))}
        error={errors.sites}
        disabled={disabled}
        searchable
        clearable
        data-testid="user-sites"
      />
      <Stack gap={6}>
        <Text fw={500} size="sm">
          {t('admin.users.roles')}
        </Text>
        <Text size="xs" c="dimmed">
          {t('admin.users.roles_help')}
        </Text>
        {roleErrors.map((message) => (
          <Text key={message} size="xs" c="red">
            {message}
          </Text>
        ))}
        {roles.map((role) => {
          const grant = held.get(role.id)
          const locked = grant ? !role.removable : !role.grantable
          return (
            <Group
              key={role.id}
              justify="space-between"
              gap="xs"
              py={4}
              wrap="wrap"
              style={{ borderBottom: '1px solid var(--mantine-color-gray-2)' }}
            >
              <Checkbox
                label={role.label}
                description={role.name}
                checked={Boolean(grant)}
                disabled={disabled || locked}
                onChange={(event) => toggle(role, event.currentTarget.checked)}
                data-testid={`role-${role.name}`}
              />
              {grant && !role.allSites && (
                <Select
                  size="xs"
                  w={{ base: '100%', xs: 220 }}
                  aria-label={t('admin.users.site_limit', { role: role.label })}
                  placeholder={t('admin.users.own_sites')}
                  data={siteOptions}
                  value={grant.siteId ? String(grant.siteId) : null}
                  onChange={(value) => limit(role, value)}
                  disabled={disabled || locked}
                  clearable
                />
              )}
              {grant && role.allSites && (
                <Badge variant="light" color="grape" size="sm">
                  {t('admin.roles.all_sites')}
                </Badge>
              )}
            </Group>
          )
        })}
      </Stack>
    </Stack>
  )
}
