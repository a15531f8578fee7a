import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import emitter from '@adonisjs/core/services/emitter'
import db from '@adonisjs/lucid/services/db'
import CorrectiveAction from '#models/corrective_action'
import CapaAssigned from '#events/capa_assigned'
import CapaStatusChanged from '#events/capa_status_changed'
import CapaVerified from '#events/capa_verified'
import {
  OPEN_SOURCE_TYPE,
  SOURCE_TYPE,
  assigneeUser,
  demoSite,
  demoUser,
  plan,
  setManager,
} from '#tests/functional/capa/source_fixture'
import { expectStatus } from '#tests/helpers/responses'
import type { ApiClient } from '@japa/api-client'
import type User from '#models/user'

function createAction(client: ApiClient, user: User, sourceId: number, body: object) {
  return client
    .post(`/records/${SOURCE_TYPE}/${sourceId}/actions`)
    .loginAs(user)
    .withCsrfToken()
    .accept('json')
    .redirects(0)
    .json(body)
}

function step(client: ApiClient, user: User, action: CorrectiveAction, body: object) {
  return client
    .post(`/actions/${action.id}/steps`)
    .loginAs(user)
    .withCsrfToken()
    .accept('json')
    .redirects(0)
    .json(body)
}

test.group('Corrective actions / lifecycle', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())
  group.each.teardown(() => emitter.restore())

  test('an investigator adds an action to a record: numbered, audited, on the record timeline', async ({
    client,
    assert,
  }) => {
    const events = emitter.fake()
    const site = await demoSite()
    const officer = await demoUser('safety_officer')
    const assignee = await assigneeUser()

    const response = await createAction(client, officer, site.id, plan(assignee.id))
    response.assertStatus(302)

    const action = await CorrectiveAction.query().where('source_id', site.id).firstOrFail()
    assert.match(action.number, new RegExp(`^CA-${new Date().getFullYear()}-\\d{4}$`))
    assert.containsSubset(action.serialize(), {
      sourceType: SOURCE_TYPE,
      siteId: site.id,
      sourceLabel: `SRC-${site.code}`,
      status: 'open',
      assigneeId: assignee.id,
      createdBy: officer.id,
    })
    const audit = await db.from('audit_logs').where({ subject_type: 'capa', subject_id: action.id })
    assert.lengthOf(audit, 1)
    assert.equal(audit[0].action, 'created')
    const note = await db
      .from('timeline_entries')
      .where({ subject_type: SOURCE_TYPE, subject_id: site.id })
      .whereRaw(`data->>'capaId' = ?`, [String(action.id)])
      .firstOrFail()
    assert.equal(note.data.number, action.number)
    events.assertEmittedCount(CapaAssigned, 1)
  })

  test('numbers stay gapless when several actions are created at once', async ({
    client,
    assert,
  }) => {
    const site = await demoSite()
    const officer = await demoUser('safety_officer')
    const assignee = await assigneeUser()
    await Promise.all(
      Array.from({ length: 5 }, (_, index) =>
        createAction(client, officer, site.id, plan(assignee.id, { title: `Action ${index}` }))
      )
    )
    const numbers = await CorrectiveAction.query().where('source_id', site.id).orderBy('number')
    const seqs = numbers.map((row) => Number(row.number.split('-').pop()))
    assert.lengthOf(new Set(seqs), 5)
    assert.equal(seqs[4] - seqs[0], 4)
  })

  test('bad plans get 422 with field messages and create nothing', async ({ client, assert }) => {
    const site = await demoSite()
    const officer = await demoUser('safety_officer')
    const response = await createAction(client, officer, site.id, {
      title: '',
      type: 'maybe',
      assigneeId: 999_999,
      dueOn: 'tomorrow',
    })
    response.assertStatus(422)
    const fields = response.body().errors.map((error: { field: string }) => error.field)
    assert.includeMembers(fields, [
      'title',
      'type',
      'controlLevel',
      'priority',
      'assigneeId',
      'dueOn',
    ])
    assert.lengthOf(await CorrectiveAction.query().where('source_id', site.id), 0)
  })

  test('a user who may not update the record cannot add actions; one who cannot read it gets 404', async ({
    client,
  }) => {
    const site = await demoSite()
    const assignee = await assigneeUser()
    const departmentHead = await demoUser('department_head')
    const reporter = await demoUser('reporter')
    await expectStatus(createAction(client, departmentHead, site.id, plan(assignee.id)), 403)
    await expectStatus(createAction(client, reporter, site.id, plan(assignee.id)), 404)
  })

  test('a record that lets its reporter comment still needs update on the module for actions', async ({
    client,
    assert,
  }) => {
    const site = await demoSite()
    const assignee = await assigneeUser()
    const reporter = await demoUser('reporter')
    const response = await client
      .post(`/records/${OPEN_SOURCE_TYPE}/${site.id}/actions`)
      .loginAs(reporter)
      .withCsrfToken()
      .accept('json')
      .redirects(0)
      .json(plan(assignee.id))
    response.assertStatus(403)
    assert.lengthOf(await CorrectiveAction.query().where('source_type', OPEN_SOURCE_TYPE), 0)
  })

  test('the assignee works the action, never verifies it; the manager verifies it', async ({
    client,
    assert,
  }) => {
    const site = await demoSite()
    const officer = await demoUser('safety_officer')
    const manager = await demoUser('department_head')
    const assignee = await assigneeUser()
    setManager(site, manager)
    await createAction(client, officer, site.id, plan(assignee.id))
    const action = await CorrectiveAction.query().where('source_id', site.id).firstOrFail()
    const events = emitter.fake()

    await expectStatus(step(client, assignee, action, { step: 'start' }), 302)
    const withoutNote = await step(client, assignee, action, { step: 'complete' })
    withoutNote.assertStatus(422)
    assert.equal(withoutNote.body().errors[0].field, 'note')
    await expectStatus(
      step(client, assignee, action, { step: 'complete', note: 'Guard fitted and tested.' }),
      302
    )

    const ownVerify = await step(client, assignee, action, {
      step: 'verify',
      effectiveness: 'effective',
    })
    ownVerify.assertStatus(422)
    assert.match(ownVerify.body().errors[0].message, /cannot verify an action assigned to you/)

    await expectStatus(
      step(client, manager, action, {
        step: 'verify',
        effectiveness: 'effective',
        note: 'Checked on site.',
      }),
      302
    )
    await action.refresh()
    assert.equal(action.status, 'verified')
    assert.equal(action.verifiedBy, manager.id)
    assert.equal(action.effectiveness, 'effective')
    assert.equal(action.completionNote, 'Guard fitted and tested.')
    events.assertEmittedCount(CapaStatusChanged, 3)
    events.assertEmittedCount(CapaVerified, 1)

    const steps = await db
      .from('audit_logs')
      .where({ subject_type: 'capa', subject_id: action.id })
      .orderBy('id')
      .select('action')
    assert.deepEqual(
      steps.map((row) => row.action),
      ['created', 'start', 'complete', 'verify']
    )
  })

  test('approve on the module verifies too; update alone does not', async ({ client, assert }) => {
    const site = await demoSite()
    const officer = await demoUser('safety_officer')
    const hseManager = await demoUser('hse_manager')
    const assignee = await assigneeUser()
    setManager(site, null)
    await createAction(client, officer, site.id, plan(assignee.id))
    const action = await CorrectiveAction.query().where('source_id', site.id).firstOrFail()
    await step(client, assignee, action, { step: 'complete', note: 'Done and photographed.' })

    const byOfficer = await step(client, officer, action, {
      step: 'verify',
      effectiveness: 'effective',
    })
    byOfficer.assertStatus(403)
    const byManager = await step(client, hseManager, action, {
      step: 'verify',
      effectiveness: 'partially_effective',
    })
    byManager.assertStatus(302)
    await action.refresh()
    assert.equal(action.status, 'verified')
  })

  test('cancelling needs a reason; illegal steps are 422 and change nothing', async ({
    client,
    assert,
  }) => {
    const site = await demoSite()
    const officer = await demoUser('safety_officer')
    const assignee = await assigneeUser()
    await createAction(client, officer, site.id, plan(assignee.id))
    const action = await CorrectiveAction.query().where('source_id', site.id).firstOrFail()

    const withoutReason = await step(client, officer, action, { step: 'cancel' })
    withoutReason.assertStatus(422)
    assert.equal(withoutReason.body().errors[0].field, 'note')

    const tooEarly = await step(client, officer, action, { step: 'send_back', note: 'Not yet' })
    tooEarly.assertStatus(403)

    await expectStatus(
      step(client, officer, action, { step: 'cancel', note: 'Replaced by a redesign.' }),
      302
    )
    await action.refresh()
    assert.equal(action.status, 'cancelled')
    assert.equal(action.cancelReason, 'Replaced by a redesign.')

    const auditBefore = await db.from('audit_logs').where({ subject_type: 'capa' }).count('* as n')
    const again = await step(client, officer, action, { step: 'complete', note: 'Too late.' })
    again.assertStatus(422)
    assert.match(again.body().errors[0].message, /not possible while the action is Cancelled/)
    const auditAfter = await db.from('audit_logs').where({ subject_type: 'capa' }).count('* as n')
    assert.equal(auditAfter[0].n, auditBefore[0].n)
    await action.refresh()
    assert.equal(action.status, 'cancelled')
  })
})
