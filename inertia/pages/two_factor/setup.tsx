import { useRef, useState } from 'react'
import { Head } from '@inertiajs/react'
import { Form, type FormRef } from '@adonisjs/inertia/react'
import {
  ActionIcon,
  Alert,
  Badge,
  Box,
  Button,
  Center,
  Code,
  CopyButton,
  Group,
  Image,
  Input,
  Paper,
  PasswordInput,
  PinInput,
  SimpleGrid,
  Stack,
  Text,
  Title,
  Tooltip,
} from '@mantine/core'
import {
  IconCheck,
  IconCopy,
  IconInfoCircle,
  IconKey,
  IconShieldCheck,
  IconShieldOff,
} from '@tabler/icons-react'
import { useTranslate } from '~/hooks/use_translate'

type Props = {
  enabled: boolean
  required: boolean
  enabledAt: string | null
  recoveryCodesLeft: number
  enrolment: { secret: string; qrCode: string } | null
}

/** The signed-in user's own two-factor settings. */
export default function TwoFactorSetup(props: Props) {
  const { t } = useTranslate()
  return (
    <Stack gap="lg" maw={720}>
      <Head title={t('two_factor.setup_title')} />
      <div>
        <Title order={2}>{t('two_factor.setup_title')}</Title>
        <Text c="dimmed">{t('two_factor.setup_intro')}</Text>
      </div>
      {props.enabled ? <Enabled {...props} /> : <Enrol {...props} />}
    </Stack>
  )
}

function Enrol({ required, enrolment }: Props) {
  const { t } = useTranslate()
  const form = useRef<FormRef<{ code: string }>>(null)
  const pin = useRef('')
  const [attempt, setAttempt] = useState(0)
  if (!enrolment) return null
  const grouped = enrolment.secret.match(/.{1,4}/g)?.join(' ') ?? enrolment.secret

  return (
    <>
      {required && (
        <Alert color="orange" icon={<IconInfoCircle size={18} />} data-testid="two-factor-required">
          {t('two_factor.required_notice')}
        </Alert>
      )}
      <Paper withBorder radius="lg" p={{ base: 'md', sm: 'xl' }}>
        <Stack gap="lg">
          <Step number={1} title={t('two_factor.step_scan')}>
            <Text size="sm" c="dimmed">
              {t('two_factor.step_scan_help')}
            </Text>
            <Center>
              <Box p="xs" bg="white" bd="1px solid var(--mantine-color-gray-3)" bdrs="md">
                <Image
                  src={enrolment.qrCode}
                  alt={t('two_factor.qr_alt')}
                  w={200}
                  h={200}
                  data-testid="two-factor-qr"
                />
              </Box>
            </Center>
            <Text size="sm" c="dimmed">
              {t('two_factor.manual_entry')}
            </Text>
            <Group gap="xs" wrap="nowrap">
              <Code
                block
                fz="md"
                style={{ flex: 1, whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}
                data-testid="two-factor-secret"
              >
                {grouped}
              </Code>
              <CopyButton value={enrolment.secret}>
                {({ copied, copy }) => (
                  <Tooltip label={copied ? t('two_factor.copied') : t('two_factor.copy')}>
                    <ActionIcon
                      variant="light"
                      size="lg"
                      color={copied ? 'teal' : 'blue'}
                      onClick={copy}
                      aria-label={t('two_factor.copy')}
                    >
                      {copied ? <IconCheck size={18} /> : <IconCopy size={18} />}
                    </ActionIcon>
                  </Tooltip>
                )}
              </CopyButton>
            </Group>
          </Step>
          <Step number={2} title={t('two_factor.step_confirm')}>
            <Form
              ref={form}
              route="two_factor.enable"
              transform={(data: Record<string, any>) => ({ ...data, code: pin.current })}
              onError={() => {
                pin.current = ''
                setAttempt((count) => count + 1)
              }}
            >
              {({ errors, processing }) => (
                <Stack>
                  <Input.Wrapper
                    label={t('two_factor.code_label')}
                    description={t('two_factor.step_confirm_help')}
                    error={errors.code}
                  >
                    <PinInput
                      key={attempt}
                      name="code"
                      mt="xs"
                      length={6}
                      type="number"
                      inputMode="numeric"
                      oneTimeCode
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
                  </Input.Wrapper>
                  <Button
                    type="submit"
                    loading={processing}
                    leftSection={<IconShieldCheck size={18} />}
                    w={{ base: '100%', xs: 'auto' }}
                    data-testid="two-factor-enable"
                  >
                    {t('two_factor.enable')}
                  </Button>
                </Stack>
              )}
            </Form>
          </Step>
        </Stack>
      </Paper>
    </>
  )
}

function Step({
  number,
  title,
  children,
}: {
  number: number
  title: string
  children: React.ReactNode
}) {
  return (
    <Stack gap="sm">
      <Group gap="sm" wrap="nowrap">
        <Badge size="lg" circle variant="filled">
          {number}
        </Badge>
        <Text fw={600}>{title}</Text>
      </Group>
      {children}
    </Stack>
  )
}

function Enabled({ enabledAt, recoveryCodesLeft, required }: Props) {
  const { t, locale } = useTranslate()
  const since = enabledAt ? new Date(enabledAt).toLocaleDateString(locale) : ''

  return (
    <>
      <Paper withBorder radius="lg" p={{ base: 'md', sm: 'xl' }}>
        <Group gap="sm" wrap="nowrap" align="flex-start">
          <IconShieldCheck size={28} color="var(--mantine-color-teal-6)" />
          <Stack gap={4}>
            <Group gap="xs">
              <Text fw={600}>{t('two_factor.status_on')}</Text>
              <Badge color="teal" variant="light" data-testid="two-factor-status">
                {t('two_factor.badge_on')}
              </Badge>
            </Group>
            <Text size="sm" c="dimmed">
              {t('two_factor.enabled_since', { date: since })}
            </Text>
            <Text size="sm" c={recoveryCodesLeft <= 2 ? 'orange' : 'dimmed'}>
              {t('two_factor.codes_left', { count: recoveryCodesLeft })}
            </Text>
          </Stack>
        </Group>
      </Paper>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <PasswordAction
          route="two_factor.regenerate"
          icon={<IconKey size={18} />}
          title={t('two_factor.regenerate_title')}
          help={t('two_factor.regenerate_help')}
          submit={t('two_factor.regenerate')}
          color="blue"
        />
        <PasswordAction
          route="two_factor.disable"
          icon={<IconShieldOff size={18} />}
          title={t('two_factor.disable_title')}
          help={required ? t('two_factor.disable_required_help') : t('two_factor.disable_help')}
          submit={t('two_factor.disable')}
          color="red"
        />
      </SimpleGrid>
    </>
  )
}

/** A small form that re-asks the password before a sensitive change. */
function PasswordAction(props: {
  route: 'two_factor.regenerate' | 'two_factor.disable'
  icon: React.ReactNode
  title: string
  help: string
  submit: string
  color: string
}) {
  const { t } = useTranslate()
  return (
    <Paper withBorder radius="lg" p={{ base: 'md', sm: 'lg' }}>
      <Form route={props.route} resetOnError resetOnSuccess>
        {({ errors, processing }) => (
          <Stack gap="sm">
            <Text fw={600}>{props.title}</Text>
            <Text size="sm" c="dimmed">
              {props.help}
            </Text>
            <PasswordInput
              name="password"
              label={t('two_factor.current_password')}
              autoComplete="current-password"
              required
              error={errors.password}
            />
            <Button
              type="submit"
              variant="light"
              color={props.color}
              loading={processing}
              leftSection={props.icon}
            >
              {props.submit}
            </Button>
          </Stack>
        )}
      </Form>
    </Paper>
  )
}
