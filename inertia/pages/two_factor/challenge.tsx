import { useRef, useState } from 'react'
import { Head } from '@inertiajs/react'
import { Form, Link, type FormRef } from '@adonisjs/inertia/react'
import {
  Alert,
  Anchor,
  Button,
  Center,
  Group,
  Input,
  Paper,
  PinInput,
  Stack,
  Text,
  TextInput,
  ThemeIcon,
  Title,
} from '@mantine/core'
import { IconClock, IconKey, IconShieldLock } from '@tabler/icons-react'
import { useTranslate } from '~/hooks/use_translate'

type Mode = 'totp' | 'recovery'

/**
 * Second step of signing in: the six-digit code from the authenticator app
 * (sent as soon as it is complete), or a recovery code.
 */
export default function TwoFactorChallenge({ lockout }: { lockout?: string }) {
  const { t } = useTranslate()
  const [mode, setMode] = useState<Mode>('totp')
  const [attempt, setAttempt] = useState(0)
  const form = useRef<FormRef<{ code: string }>>(null)
  const pin = useRef('')

  if (lockout) {
    return (
      <Paper withBorder shadow="sm" p={{ base: 'lg', xs: 'xl' }} radius="lg">
        <Head title={t('two_factor.challenge_title')} />
        <Stack>
          <Alert color="red" icon={<IconClock size={18} />} data-testid="two-factor-lockout">
            {lockout}
          </Alert>
          <Button component={Link} route="session.create" variant="light" fullWidth>
            {t('two_factor.back_to_login')}
          </Button>
        </Stack>
      </Paper>
    )
  }

  return (
    <Paper withBorder shadow="sm" p={{ base: 'lg', xs: 'xl' }} radius="lg">
      <Head title={t('two_factor.challenge_title')} />
      <Stack gap="xs" mb="lg" align="center" ta="center">
        <ThemeIcon size={48} radius="xl" variant="light">
          {mode === 'totp' ? <IconShieldLock size={26} /> : <IconKey size={26} />}
        </ThemeIcon>
        <Title order={2} fz={22}>
          {t('two_factor.challenge_title')}
        </Title>
        <Text c="dimmed" size="sm">
          {mode === 'totp' ? t('two_factor.challenge_totp') : t('two_factor.challenge_recovery')}
        </Text>
      </Stack>
      <Form
        ref={form}
        route="two_factor.verify"
        transform={(data: Record<string, any>) =>
          mode === 'totp' ? { ...data, code: pin.current } : data
        }
        onError={() => {
          pin.current = ''
          setAttempt((count) => count + 1)
        }}
      >
        {({ errors, processing }) => (
          <Stack>
            {mode === 'totp' ? (
              <Input.Wrapper error={errors.code} ta="center">
                <Center>
                  <PinInput
                    key={attempt}
                    name="code"
                    length={6}
                    type="number"
                    inputMode="numeric"
                    oneTimeCode
                    autoFocus
                    size="md"
                    gap={6}
                    error={Boolean(errors.code)}
                    disabled={processing}
                    ariaLabel={t('two_factor.code_label')}
                    data-testid="two-factor-pin"
                    onChange={(value) => (pin.current = value)}
                    onComplete={(value) => {
                      pin.current = value
                      form.current?.submit()
                    }}
                  />
                </Center>
              </Input.Wrapper>
            ) : (
              <TextInput
                key={attempt}
                name="code"
                label={t('two_factor.recovery_label')}
                placeholder="xxxxx-xxxxx"
                autoComplete="off"
                autoCapitalize="none"
                spellCheck={false}
                autoFocus
                required
                error={errors.code}
                data-testid="two-factor-recovery"
              />
            )}
            <Button type="submit" loading={processing} fullWidth size="md">
              {t('two_factor.verify')}
            </Button>
          </Stack>
        )}
      </Form>
      <Group justify="space-between" mt="lg" gap="xs">
        <Anchor
          component="button"
          type="button"
          size="sm"
          onClick={() => {
            pin.current = ''
            setMode(mode === 'totp' ? 'recovery' : 'totp')
          }}
          data-testid="two-factor-toggle"
        >
          {mode === 'totp' ? t('two_factor.use_recovery') : t('two_factor.use_app')}
        </Anchor>
        <Anchor component={Link} route="session.create" size="sm" c="dimmed">
          {t('two_factor.back_to_login')}
        </Anchor>
      </Group>
    </Paper>
  )
}
