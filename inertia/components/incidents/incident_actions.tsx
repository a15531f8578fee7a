import { useState } from 'react'
import { Form, type FormSlotProps } from '@adonisjs/inertia/react'
import { Button, Group, Modal, Select, SimpleGrid, Stack, Textarea } from '@mantine/core'
import type { Data } from '@generated/data'
import { useTranslate } from '~/hooks/use_translate'
import { useIncidentOptions } from '~/components/incidents/incident_badges.js'

type Incident = Data.Incident.Variants['forDetail']
type Choice = { id: number; name: string }
type Step = 'triage' | 'close' | 'reopen' | null

/** Sends one workflow step; `fields` are the step's own inputs. */
function StepForm({
  incident,
  to,
  fields,
  children,
  onDone,
}: {
  incident: Incident
  to: string
  fields: Record<string, string | null>
  children: (errors: Partial<Record<string, string>>) => React.ReactNode
  onDone?: () => void
}) {
  const { t } = useTranslate()
  const incidentStatus = to
  return (
    <Form
      route="incidents.transitions.store"
      routeParams={{ id: incident.id }}
      transform={() => ({ to, ...fields })}
      onSuccess={onDone}
      options={{ preserveScroll: true }}
    >
      {({ errors, processing }: FormSlotProps) => (
        <Stack gap="sm">
          {children(errors as Partial<Record<string, string>>)}
          <Button type="submit" loading={processing} data-testid={`step-${to}`}>
            {t(`incidents.actions.to.${incidentStatus}`)}
          </Button>
        </Stack>
      )}
    </Form>
  )
}

/**
 * The workflow buttons the server's `can` booleans allow, with the forms
 * of the steps that need input (triage, close, reopen).
 */
export function IncidentActions({
  incident,
  assignees,
  vocabulary,
}: {
  incident: Incident
  assignees: Choice[]
  vocabulary: { types: string[]; severities: number[] }
}) {
  const { t } = useTranslate()
  const options = useIncidentOptions()
  const [step, setStep] = useState<Step>(null)
  const [fields, setFields] = useState<Record<string, string | null>>({
    type: incident.type,
    actualSeverity: incident.actualSeverity ? String(incident.actualSeverity) : null,
    potentialSeverity: incident.potentialSeverity ? String(incident.potentialSeverity) : null,
    responsibleManagerId: null,
    investigatorId: null,
    lessonsLearned: incident.lessonsLearned,
    reason: null,
  })
  const set = (name: string) => (value: string | null) =>
    setFields((current) => ({ ...current, [name]: value }))
  const people = assignees.map((person) => ({ value: String(person.id), label: person.name }))
  const { can } = incident
  const close = () => setStep(null)

  return (
    <Group gap="xs" data-testid="incident-actions">
      {can.triage && (
        <Button onClick={() => setStep('triage')} data-testid="action-triage">
          {t('incidents.actions.triage')}
        </Button>
      )}
      {can.investigate && (
        <StepForm incident={incident} to="under_investigation" fields={{}}>
          {() => null}
        </StepForm>
      )}
      {can.actionsPending && (
        <StepForm incident={incident} to="actions_pending" fields={{}}>
          {() => null}
        </StepForm>
      )}
      {can.close && (
        <Button color="green" onClick={() => setStep('close')} data-testid="action-close">
          {t('incidents.actions.close')}
        </Button>
      )}
      {can.reopen && (
        <Button variant="light" onClick={() => setStep('reopen')} data-testid="action-reopen">
          {t('incidents.actions.reopen')}
        </Button>
      )}

      <Modal opened={step === 'triage'} onClose={close} title={t('incidents.actions.triage')}>
        <StepForm incident={incident} to="triaged" fields={fields} onDone={close}>
          {(errors) => (
            <>
              <Select
                label={t('incidents.fields.type')}
                data={options.types(vocabulary.types)}
                value={fields.type}
                onChange={set('type')}
                error={errors.type}
                data-testid="triage-type"
              />
              <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
                <Select
                  label={t('incidents.fields.actual_severity')}
                  data={options.severities(vocabulary.severities)}
                  value={fields.actualSeverity}
                  onChange={set('actualSeverity')}
                  error={errors.actualSeverity}
                  data-testid="triage-actual"
                />
                <Select
                  label={t('incidents.fields.potential_severity')}
                  data={options.severities(vocabulary.severities)}
                  value={fields.potentialSeverity}
                  onChange={set('potentialSeverity')}
                  error={errors.potentialSeverity}
                  data-testid="triage-potential"
                />
              </SimpleGrid>
              <Select
                label={t('incidents.fields.responsible_manager')}
                data={people}
                value={fields.responsibleManagerId}
                onChange={set('responsibleManagerId')}
                error={errors.responsibleManagerId}
                searchable
                data-testid="triage-manager"
              />
              <Select
                label={t('incidents.fields.investigator')}
                data={people}
                value={fields.investigatorId}
                onChange={set('investigatorId')}
                error={errors.investigatorId}
                searchable
                data-testid="triage-investigator"
              />
            </>
          )}
        </StepForm>
      </Modal>

      <Modal opened={step === 'close'} onClose={close} title={t('incidents.actions.close')}>
        <StepForm
          incident={incident}
          to="closed"
          fields={{ lessonsLearned: fields.lessonsLearned }}
          onDone={close}
        >
          {(errors) => (
            <Textarea
              label={t('incidents.fields.lessons_learned')}
              value={fields.lessonsLearned ?? ''}
              onChange={(event) => set('lessonsLearned')(event.currentTarget.value)}
              error={errors.lessonsLearned}
              autosize
              minRows={3}
              data-testid="close-lessons"
            />
          )}
        </StepForm>
      </Modal>

      <Modal opened={step === 'reopen'} onClose={close} title={t('incidents.actions.reopen')}>
        <StepForm
          incident={incident}
          to="under_investigation"
          fields={{ reason: fields.reason }}
          onDone={close}
        >
          {(errors) => (
            <Textarea
              label={t('incidents.fields.reopen_reason')}
              value={fields.reason ?? ''}
              onChange={(event) => set('reason')(event.currentTarget.value)}
              error={errors.reason}
              autosize
              minRows={2}
              data-testid="reopen-reason"
            />
          )}
        </StepForm>
      </Modal>
    </Group>
  )
}
