import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import { DateTime } from 'luxon'
import { CapaService } from '#services/capa/capa_service'
import { CapaSources } from '#services/capa/capa_source'
import { IncidentService } from '#services/incident_service'
import { InvestigationService } from '#services/investigation_service'
import { demo } from '#tests/functional/incidents/support'
import { underInvestigation } from '#tests/functional/investigations/support'
import type Incident from '#models/incident'
import type User from '#models/user'
import type { ApiClient } from '@japa/api-client'

async function actionOn(incident: Incident, assignee: User, title: string) {
  const source = await CapaSources.find('incident', incident.id)
  return new CapaService().create(
    source!,
    {
      title,
      type: 'corrective',
      controlLevel: 'engineering',
      priority: 'high',
      assigneeId: assignee.id,
      dueOn: DateTime.now().plus({ days: 7 }).startOf('day'),
    },
    { userId: null }
  )
}

function close(client: ApiClient, manager: User, incident: Incident, lessonsLearned?: string) {
  return client
    .post(`/api/v1/incidents/${incident.id}/transitions`)
    .withGuard('api')
    .loginAs(manager)
    .json({ to: 'closed', ...(lessonsLearned ? { lessonsLearned } : {}) })
}

test.group('Incidents / closure gates', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('a close attempt names every missing prerequisite, then succeeds once they are met', async ({
    client,
    assert,
  }) => {
    const { incident, investigator, manager } = await underInvestigation()
    const assignee = await demo('viewer')
    const guard = await actionOn(incident, assignee, 'Fit a ladder rack')
    const sign = await actionOn(incident, assignee, 'Sign the corridor')
    await new IncidentService().transition(
      incident,
      'actions_pending',
      {},
      { userId: investigator.id }
    )

    const refused = await close(client, manager, incident)
    refused.assertStatus(422)
    const error = refused.body().errors[0]
    assert.equal(error.code, 'E_MISSING_PREREQUISITES')
    assert.include(error.message, 'Record the root cause')
    assert.include(error.message, 'lessons learned')
    assert.include(error.message, `${guard.number} is not done yet`)
    assert.include(error.message, `${sign.number} is not done yet`)

    await new InvestigationService().save(
      incident,
      { rootCause: 'No storage place for ladders' },
      { userId: investigator.id }
    )
    const capa = new CapaService()
    await capa.step(guard, 'complete', { note: 'Rack fitted' }, { userId: assignee.id })
    await capa.step(sign, 'cancel', { note: 'Covered by the rack' }, { userId: manager.id })

    const closed = await close(client, manager, incident, 'Give every tool a home')
    closed.assertStatus(200)
    assert.equal(closed.body().data.status, 'closed')
  })

  test('a critical incident closes only once its actions are verified', async ({
    client,
    assert,
  }) => {
    const { incident, investigator, manager } = await underInvestigation(5)
    const assignee = await demo('viewer')
    const action = await actionOn(incident, assignee, 'Replace the scaffold anchor')
    await new InvestigationService().save(
      incident,
      { rootCause: 'Anchor corroded', lessonsLearned: 'Inspect anchors monthly' },
      { userId: investigator.id }
    )
    await new IncidentService().transition(
      incident,
      'actions_pending',
      {},
      { userId: investigator.id }
    )
    const capa = new CapaService()
    await capa.step(action, 'complete', { note: 'Anchor replaced' }, { userId: assignee.id })

    const refused = await close(client, manager, incident)
    refused.assertStatus(422)
    assert.include(refused.body().errors[0].message, `${action.number} must be verified`)

    await capa.step(action, 'verify', { effectiveness: 'effective' }, { userId: manager.id })
    const closed = await close(client, manager, incident)
    closed.assertStatus(200)
  })

  test('the refusal speaks the caller language', async ({ client, assert }) => {
    const { incident, investigator, manager } = await underInvestigation()
    await new IncidentService().transition(
      incident,
      'actions_pending',
      {},
      { userId: investigator.id }
    )
    const response = await client
      .post(`/api/v1/incidents/${incident.id}/transitions`)
      .withGuard('api')
      .loginAs(manager)
      .header('accept-language', 'id')
      .json({ to: 'closed' })
    response.assertStatus(422)
    assert.include(response.body().errors[0].message, 'Insiden belum dapat ditutup')
    assert.include(response.body().errors[0].message, 'akar penyebab')
  })
})
