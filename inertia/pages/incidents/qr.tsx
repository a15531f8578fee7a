import { Head } from '@inertiajs/react'
import { Box, Button, Group, Paper, Stack, Text, Title } from '@mantine/core'
import { IconPrinter } from '@tabler/icons-react'
import type { InertiaProps } from '~/types'
import { useTranslate } from '~/hooks/use_translate'

type Props = InertiaProps<{
  location: { id: number; name: string }
  url: string
  svg: string
}>

/** A location's QR code, ready to print and stick on the wall. */
export default function IncidentsQr({ location, url, svg }: Props) {
  const { t } = useTranslate()
  return (
    <Stack gap="md" align="center">
      <Head title={t('anonymous.qr_title', { location: location.name })} />
      <Paper withBorder radius="md" p="xl" maw={420} w="100%">
        <Stack align="center" gap="sm">
          <Title order={3} ta="center">
            {t('anonymous.qr_heading')}
          </Title>
          <Text fw={600}>{location.name}</Text>
          <Box w={280} h={280} dangerouslySetInnerHTML={{ __html: svg }} data-testid="qr" />
          <Text size="xs" c="dimmed" ta="center" style={{ wordBreak: 'break-all' }}>
            {url}
          </Text>
          <Text size="sm" ta="center">
            {t('anonymous.qr_help')}
          </Text>
        </Stack>
      </Paper>
      <Group className="no-print">
        <Button leftSection={<IconPrinter size={18} />} onClick={() => window.print()}>
          {t('anonymous.print')}
        </Button>
      </Group>
    </Stack>
  )
}
