import { test } from '@japa/runner'
import db from '@adonisjs/lucid/services/db'
import emitter from '@adonisjs/core/services/emitter'
import testUtils from '@adonisjs/core/services/test_utils'
import { InvestigationService } from '#services/investigation_service'
import type User from '#models/user'
import IncidentReported from '#events/incident_reported'
import IncidentTriaged from '#events/incident_triaged'
import IncidentStatusChanged from '#events/incident_status_changed'
import IncidentAssigned from '#events/incident_assigned'
import IncidentCommented from '#events/incident_commented'
import { demo, report, triaged } from '#tests/functional/incidents/support'

const auditCount = async (id: number) => {
  const [row] = await db
    .from('audit_logs')
    .where({ subject_type: 'incident', subject_id: id })
    .count('* as total')
  return Number(row.total)
}

test.group('Incidents / workflow over the API', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())
  group.each.teardown(() => emitter.restore())

  const move = (client: any, user: User, id: number, body: Record<string, unknown>) =>
    client.post(`/api/v1/incidents/${id}/transitions`).withGuard('api').loginAs(user).json(body)

  test('a manager walks an incident from reported to closed and reopens it', async ({
    client,
    assert,
  }) => {
    const manager = await demo('incident_manager')
    const investigator = await demo('safety_officer')
    const incident = await report(await demo('reporter'))

    const triage = await move(client, manager, incident.id, {
      to: 'triaged',
      type: 'injury_illness',
      actualSeverity: 2,
      potentialSeverity: 5,
      responsibleManagerId: manager.id,
      investigatorId: investigator.id,
    })
    triage.assertStatus(200)
    assert.equal(triage.body().data.status, 'triaged')
    assert.isTrue(triage.body().data.psif)

    const investigate = await move(client, investigator, incident.id, { to: 'under_investigation' })
    investigate.assertStatus(200)
    await new InvestigationService().save(
      incident,
      { rootCause: 'Ladders have no storage place near the workshop' },
      { userId: investigator.id }
    )
    const pending = await move(client, investigator, incident.id, { to: 'actions_pending' })
    pending.assertStatus(200)

    const closeWithout = await move(client, manager, incident.id, { to: 'closed' })
    closeWithout.assertStatus(422)
    assert.equal(closeWithout.body().errors[0].code, 'E_MISSING_PREREQUISITES')
    assert.include(closeWithout.body().errors[0].message, 'lessons learned')

    const close = await move(client, manager, incident.id, {
      to: 'closed',
      lessonsLearned: 'Store ladders after use',
    })
    close.assertStatus(200)
    const closed = await db.from('incidents').where('id', incident.id).first()
    assert.equal(closed.status, 'closed')
    assert.isNotNull(closed.closed_at)
    assert.isTrue(closed.is_psif)

    const reopenWithout = await move(client, manager, incident.id, { to: 'under_investigation' })
    reopenWithout.assertStatus(422)
    const reopen = await move(client, manager, incident.id, {
      to: 'under_investigation',
      reason: 'A second witness came forward',
    })
    reopen.assertStatus(200)
    const reopened = await db.from('incidents').where('id', incident.id).first()
    assert.equal(reopened.reopened_reason, 'A second witness came forward')
    assert.isNull(reopened.closed_at)
  })

  test('an illegal transition is a 422 that changes neither the row nor the audit trail', async ({
    client,
    assert,
  }) => {
    const manager = await demo('incident_manager')
    const incident = await report(await demo('reporter'))
    const before = await db.from('incidents').where('id', incident.id).first()
    const audits = await auditCount(incident.id)

    const response = await move(client, manager, incident.id, { to: 'closed', lessonsLearned: 'x' })
    response.assertStatus(422)
    assert.equal(response.body().errors[0].code, 'E_INVALID_TRANSITION')
    assert.equal(
      response.body().errors[0].message,
      'An incident that is “Reported” cannot move to “Closed”.'
    )
    assert.deepEqual(await db.from('incidents').where('id', incident.id).first(), before)
    assert.equal(await auditCount(incident.id), audits)
  })

  test('the message is translated for Indonesian API clients', async ({ client, assert }) => {
    const manager = await demo('incident_manager')
    const incident = await report(await demo('reporter'))
    const response = await client
      .post(`/api/v1/incidents/${incident.id}/transitions`)
      .withGuard('api')
      .loginAs(manager)
      .header('accept-language', 'id')
      .json({ to: 'actions_pending' })
    response.assertStatus(422)
    assert.include(response.body().errors[0].message, '“Dilaporkan”')
  })

  test('a web form gets the refusal flashed and goes back', async ({ client, assert }) => {
    const manager = await demo('incident_manager')
    const incident = await report(await demo('reporter'))
    const response = await client
      .post(`/incidents/${incident.id}/transitions`)
      .loginAs(manager)
      .withCsrfToken()
      .header('referer', `/incidents/${incident.id}`)
      .redirects(0)
      .form({ to: 'closed', lessonsLearned: 'x' })
    response.assertStatus(302)
    response.assertFlashMessage('error', 'An incident that is “Reported” cannot move to “Closed”.')
    await incident.refresh()
    assert.equal(incident.status, 'reported')
  })

  test('each committed change dispatches its events exactly once', async ({ client }) => {
    const events = emitter.fake()
    const manager = await demo('incident_manager')
    const reporter = await demo('reporter')
    const incident = await report(reporter)
    events.assertEmittedCount(IncidentReported, 1)

    await triaged(incident, manager, await demo('safety_officer'))
    events.assertEmittedCount(IncidentTriaged, 1)
    events.assertEmittedCount(IncidentAssigned, 1)
    events.assertEmittedCount(IncidentStatusChanged, 1)

    await client
      .post(`/api/v1/records/incident/${incident.id}/comments`)
      .withGuard('api')
      .loginAs(reporter)
      .json({ body: 'More details' })
    events.assertEmittedCount(IncidentCommented, 1)

    const refused = await move(client, manager, incident.id, { to: 'closed' })
    refused.assertStatus(422)
    events.assertEmittedCount(IncidentStatusChanged, 1)
    events.assertEmittedCount(IncidentReported, 1)
  })
})
