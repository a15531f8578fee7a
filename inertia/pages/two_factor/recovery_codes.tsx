import { Head } from '@inertiajs/react'
import { Link } from '@adonisjs/inertia/react'
import {
  Alert,
  Button,
  Code,
  CopyButton,
  Group,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core'
import { IconAlertTriangle, IconCheck, IconCopy, IconDownload } from '@tabler/icons-react'
import { useTranslate } from '~/hooks/use_translate'

/** Fresh recovery codes, shown this one time only. */
export default function TwoFactorRecoveryCodes({ codes }: { codes: string[] }) {
  const { t } = useTranslate()
  const text = codes.join('\n')

  const download = () => {
    const url = URL.createObjectURL(
      new Blob([`HarmoniHSE360\n\n${text}\n`], { type: 'text/plain' })
    )
    const link = document.createElement('a')
    link.href = url
    link.download = 'harmonihse360-recovery-codes.txt'
    link.click()
    URL.revokeObjectURL(url)
  }

  return (
    <Stack gap="lg" maw={640}>
      <Head title={t('two_factor.codes_title')} />
      <div>
        <Title order={2}>{t('two_factor.codes_title')}</Title>
        <Text c="dimmed">{t('two_factor.codes_intro')}</Text>
      </div>
      <Alert color="orange" icon={<IconAlertTriangle size={18} />}>
        {t('two_factor.codes_once')}
      </Alert>
      <Paper withBorder radius="lg" p={{ base: 'md', sm: 'xl' }}>
        <SimpleGrid cols={2} spacing="sm" verticalSpacing="sm" data-testid="recovery-codes">
          {codes.map((code) => (
            <Code key={code} fz="md" ta="center" py={6}>
              {code}
            </Code>
          ))}
        </SimpleGrid>
        <Group mt="lg" gap="sm" grow preventGrowOverflow={false}>
          <CopyButton value={text}>
            {({ copied, copy }) => (
              <Button
                variant="light"
                color={copied ? 'teal' : 'blue'}
                leftSection={copied ? <IconCheck size={18} /> : <IconCopy size={18} />}
                onClick={copy}
              >
                {copied ? t('two_factor.copied') : t('two_factor.copy_all')}
              </Button>
            )}
          </CopyButton>
          <Button variant="light" leftSection={<IconDownload size={18} />} onClick={download}>
            {t('two_factor.download')}
          </Button>
        </Group>
      </Paper>
      <Group justify="flex-end">
        <Button component={Link} route="dashboard" w={{ base: '100%', xs: 'auto' }}>
          {t('two_factor.codes_done')}
        </Button>
      </Group>
    </Stack>
  )
}
