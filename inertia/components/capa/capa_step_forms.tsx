import { Form } from '@adonisjs/inertia/react'
import { Button, Group, Paper, Radio, Stack, Text, Textarea, Title } from '@mantine/core'
import { useTranslate } from '~/hooks/use_translate'

export type CapaSteps = {
  start?: boolean
  complete?: boolean
  verify?: boolean
  send_back?: boolean
  cancel?: boolean
}

/** One form per step the user may take now; the server decides which. */
export function CapaStepForms({ id, can }: { id: number; can: CapaSteps }) {
  const { t } = useTranslate()
  const steps = (['start', 'complete', 'verify', 'send_back', 'cancel'] as const).filter(
    (step) => can[step]
  )
  if (steps.length === 0) return null
  return (
    <Paper withBorder radius="md" p="md">
      <Title order={3} fz="lg" mb="sm">
        {t('capa.next_steps')}
      </Title>
      <Stack gap="md">
        {steps.map((capaStep) => (
          <Form
            key={capaStep}
            route="corrective_actions.steps.store"
            routeParams={{ id }}
            options={{ preserveScroll: true }}
            data-testid={`capa-step-${capaStep}`}
          >
            {({ errors, processing }) => (
              <Stack gap="xs">
                <input type="hidden" name="step" value={capaStep} />
                <StepFields step={capaStep} errors={errors} />
                <Group>
                  <Button
                    type="submit"
                    loading={processing}
                    color={capaStep === 'cancel' ? 'red' : undefined}
                    variant={capaStep === 'cancel' || capaStep === 'send_back' ? 'light' : 'filled'}
                  >
                    {t(`capa.steps.${capaStep}`)}
                  </Button>
                </Group>
              </Stack>
            )}
          </Form>
        ))}
      </Stack>
    </Paper>
  )
}

function StepFields({ step, errors }: { step: string; errors: Record<string, string> }) {
  const { t } = useTranslate()
  if (step === 'start') return <Text size="sm">{t('capa.start_hint')}</Text>
  if (step === 'verify') {
    return (
      <>
        <Radio.Group
          name="effectiveness"
          label={t('capa.effectiveness_label')}
          error={errors.effectiveness}
          required
        >
          <Stack gap={6} mt={6}>
            {['effective', 'partially_effective', 'not_effective'].map((capaEffect) => (
              <Radio key={capaEffect} value={capaEffect} label={t(`capa.effect.${capaEffect}`)} />
            ))}
          </Stack>
        </Radio.Group>
        <Textarea name="note" label={t('capa.review_note')} autosize minRows={2} />
      </>
    )
  }
  const label = {
    complete: t('capa.completion_note'),
    send_back: t('capa.send_back_reason'),
    cancel: t('capa.cancel_reason'),
  }[step]
  return (
    <Textarea
      name="note"
      label={label}
      autosize
      minRows={2}
      maxLength={10_000}
      required
      error={errors.note}
    />
  )
}
