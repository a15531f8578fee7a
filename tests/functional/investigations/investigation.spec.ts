import { test } from '@japa/runner'
import db from '@adonisjs/lucid/services/db'
import emitter from '@adonisjs/core/services/emitter'
import testUtils from '@adonisjs/core/services/test_utils'
import Investigation from '#models/investigation'
import WitnessStatement from '#models/witness_statement'
import InvestigationCompleted from '#events/investigation_completed'
import { IncidentService } from '#services/incident_service'
import { demo, fixtureFile } from '#tests/functional/incidents/support'
import { underInvestigation } from '#tests/functional/investigations/support'
import { expectStatus } from '#tests/helpers/responses'
import type { ApiClient } from '@japa/api-client'
import type User from '#models/user'

const FIVE_WHYS = [
  { why: 'Why did the worker trip?', because: 'A ladder lay across the corridor', category: null },
  { why: 'Why was the ladder there?', because: 'It was left after a repair', category: 'people' },
  { why: 'Why was it left?', because: 'There is no storage place nearby', category: 'equipment' },
]

function save(client: ApiClient, user: User, id: number, body: object) {
  return client
    .put(`/incidents/${id}/investigation`)
    .loginAs(user)
    .withCsrfToken()
    .accept('json')
    .redirects(0)
    .json(body)
}

test.group('Investigations', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())
  group.each.teardown(() => emitter.restore())

  test('the investigator records the 5 Whys in order, root cause and lessons, audited old → new', async ({
    client,
    assert,
  }) => {
    const { incident, investigator } = await underInvestigation()
    const response = await save(client, investigator, incident.id, {
      whys: FIVE_WHYS,
      rootCause: 'No storage place for ladders near the workshop',
      contributingFactors: 'Dim light in the corridor',
      lessonsLearned: 'Give every tool a home',
      teamIds: [investigator.id],
    })
    response.assertStatus(302)

    const page = await client
      .get(`/incidents/${incident.id}/investigation`)
      .loginAs(investigator)
      .withInertia()
    page.assertInertiaComponent('investigations/show')
    const props = page.inertiaProps as any
    assert.deepEqual(props.investigation.whys, FIVE_WHYS)
    assert.equal(props.investigation.rootCause, 'No storage place for ladders near the workshop')
    assert.equal(props.incident.lessonsLearned, 'Give every tool a home')
    assert.deepEqual(props.investigation.teamIds, [investigator.id])
    assert.deepEqual(props.missing, [])
    assert.deepEqual(props.can, { edit: true, signOff: true })

    await save(client, investigator, incident.id, { rootCause: 'No ladder rack' })
    const audits = await db
      .from('audit_logs')
      .where({ subject_type: 'incident', subject_id: incident.id, action: 'investigation_updated' })
      .orderBy('id')
    assert.lengthOf(audits, 2)
    assert.deepEqual(audits[1].changes.rootCause, {
      old: 'No storage place for ladders near the workshop',
      new: 'No ladder rack',
    })
    assert.include(
      audits[0].changes.whys.new,
      '3. Why was it left? → There is no storage place nearby'
    )
  })

  test('bad steps are 422 with field messages and nothing is saved', async ({ client, assert }) => {
    const { incident, investigator } = await underInvestigation()
    const response = await save(client, investigator, incident.id, {
      whys: [{ why: '', because: 'x', category: 'weather' }],
      teamIds: [999_999],
    })
    response.assertStatus(422)
    const fields = response.body().errors.map((error: { field: string }) => error.field)
    assert.includeMembers(fields, ['whys.0.why', 'whys.0.because', 'whys.0.category', 'teamIds.0'])
    assert.isNull(await Investigation.findBy('incident_id', incident.id))
  })

  test('only people working the incident edit it, and only while it is under investigation', async ({
    client,
  }) => {
    const { incident, investigator } = await underInvestigation()
    const reporter = await demo('reporter')
    const departmentHead = await demo('department_head')
    await expectStatus(save(client, reporter, incident.id, { rootCause: 'x' }), 403)
    await expectStatus(save(client, departmentHead, incident.id, { rootCause: 'x' }), 403)

    await new IncidentService().transition(
      incident,
      'actions_pending',
      {},
      { userId: investigator.id }
    )
    await expectStatus(save(client, investigator, incident.id, { rootCause: 'late' }), 403)
  })

  test('sign-off lists everything missing, then records the investigator once', async ({
    client,
    assert,
  }) => {
    const events = emitter.fake()
    const { incident, investigator, manager } = await underInvestigation()
    const signOff = (user: User) =>
      client
        .post(`/incidents/${incident.id}/investigation/sign-off`)
        .loginAs(user)
        .withCsrfToken()
        .accept('json')
        .redirects(0)

    const early = await signOff(investigator)
    early.assertStatus(422)
    assert.equal(early.body().errors[0].code, 'E_MISSING_PREREQUISITES')
    const message = early.body().errors[0].message
    assert.include(message, 'at least one why')
    assert.include(message, 'root cause')
    assert.include(message, 'lessons learned')

    await save(client, investigator, incident.id, {
      whys: FIVE_WHYS,
      rootCause: 'No ladder rack',
      lessonsLearned: 'Give every tool a home',
    })
    await expectStatus(signOff(manager), 403)
    await expectStatus(signOff(investigator), 302)

    const investigation = await Investigation.findByOrFail('incident_id', incident.id)
    assert.isNotNull(investigation.completedAt)
    assert.equal(investigation.signedOffBy, investigator.id)
    events.assertEmittedCount(InvestigationCompleted, 1)
  })

  test('a witness statement keeps its files; a disguised file is refused and nothing is kept', async ({
    client,
    assert,
  }) => {
    const { incident, investigator } = await underInvestigation()
    const add = (path: string) =>
      client
        .post(`/incidents/${incident.id}/witness-statements`)
        .loginAs(investigator)
        .withCsrfToken()
        .accept('json')
        .redirects(0)
        .field('witnessName', 'Dewi Kartika')
        .field('statement', 'I saw the ladder there since the morning.')
        .file('files', path)

    const refused = await add(await fixtureFile('script'))
    refused.assertStatus(422)
    assert.lengthOf(await WitnessStatement.query().where('incident_id', incident.id), 0)

    await expectStatus(add(await fixtureFile('jpeg')), 302)
    const statement = await WitnessStatement.findByOrFail('incident_id', incident.id)
    const files = await db.from('attachments').where({
      subject_type: 'witness_statement',
      subject_id: statement.id,
    })
    assert.lengthOf(files, 1)
    assert.equal(files[0].original_name, 'photo.jpg')
  })
})
