import { test } from '@japa/runner'
import db from '@adonisjs/lucid/services/db'
import emitter from '@adonisjs/core/services/emitter'
import testUtils from '@adonisjs/core/services/test_utils'
import { DateTime } from 'luxon'
import RecordabilityAssessment from '#models/recordability_assessment'
import RegulatoryReport from '#models/regulatory_report'
import RecordabilityDecided from '#events/recordability_decided'
import RegulatoryDeadlineApproaching from '#events/regulatory_deadline_approaching'
import { RegulatoryClockJob } from '#services/regulatory_clock_job'
import { demo, report } from '#tests/functional/incidents/support'
import { expectStatus } from '#tests/helpers/responses'
import type { ApiClient } from '@japa/api-client'
import type User from '#models/user'

const answers = (overrides: Record<string, unknown> = {}) => ({
  workRelated: true,
  newCase: true,
  death: false,
  daysAway: 0,
  daysRestricted: 0,
  lossOfConsciousness: false,
  treatments: ['wound_covering'],
  ...overrides,
})

function send(client: ApiClient, user: User, method: 'put' | 'post', url: string, body: object) {
  return client[method](url).loginAs(user).withCsrfToken().accept('json').redirects(0).json(body)
}

async function injury(hoursAgo = 1) {
  const reporter = await demo('reporter')
  return report(reporter, {
    type: 'injury_illness',
    occurredAt: DateTime.now().minus({ hours: hoursAgo }).startOf('minute'),
  })
}

test.group('Incidents / OSHA recordability', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())
  group.each.teardown(() => emitter.restore())

  test('proposes from the answers with the rule that decided', async ({ client, assert }) => {
    const incident = await injury()
    const manager = await demo('incident_manager')
    const url = `/incidents/${incident.id}/recordability`

    await expectStatus(send(client, manager, 'put', url, answers()), 302)
    let assessment = await RecordabilityAssessment.findByOrFail('incident_id', incident.id)
    assert.isFalse(assessment.proposedRecordable)
    assert.equal(assessment.proposedRule, '1904.7(b)(5)(ii)')

    await expectStatus(
      send(client, manager, 'put', url, answers({ treatments: ['sutures'], daysAway: 200 })),
      302
    )
    assessment = await RecordabilityAssessment.findByOrFail('incident_id', incident.id)
    assert.isTrue(assessment.proposedRecordable)
    assert.equal(assessment.proposedRule, '1904.7(b)(3)')
    assert.equal(assessment.daysAway, 180)
    assert.isNull(assessment.recordable, 'new answers wait for a decision')
  })

  test('a manager confirms or overrides with a reason; both are audited once', async ({
    client,
    assert,
  }) => {
    const events = emitter.fake()
    const incident = await injury()
    const manager = await demo('incident_manager')
    const base = `/incidents/${incident.id}/recordability`
    await send(client, manager, 'put', base, answers())

    const decision = { illnessType: 'injury', privacyCase: true, employeeName: 'Sari Wulandari' }
    const withoutReason = await send(client, manager, 'post', `${base}/decision`, {
      ...decision,
      decision: 'override',
    })
    withoutReason.assertStatus(422)
    assert.equal(withoutReason.body().errors[0].field, 'reason')

    await expectStatus(
      send(client, manager, 'post', `${base}/decision`, {
        ...decision,
        decision: 'override',
        reason: 'The physician prescribed medication after the report',
      }),
      302
    )
    const assessment = await RecordabilityAssessment.findByOrFail('incident_id', incident.id)
    assert.isTrue(assessment.recordable)
    assert.isTrue(assessment.isOverride)
    assert.equal(assessment.classification, 'other_recordable')
    assert.isTrue(assessment.privacyCase)
    events.assertEmittedCount(RecordabilityDecided, 1)

    const audits = await db
      .from('audit_logs')
      .where({ subject_type: 'incident', subject_id: incident.id })
      .whereIn('action', ['recordability_assessed', 'recordability_decided'])
      .orderBy('id')
    assert.deepEqual(
      audits.map((row) => row.action),
      ['recordability_assessed', 'recordability_decided']
    )
    assert.deepEqual(audits[1].changes.recordable, { old: false, new: true })
    assert.equal(
      audits[1].changes.overrideReason.new,
      'The physician prescribed medication after the report'
    )
  })

  test('only injury incidents are assessed, and only approvers decide', async ({ client }) => {
    const nearMiss = await report(await demo('reporter'))
    const manager = await demo('incident_manager')
    const officer = await demo('safety_officer')
    await expectStatus(
      send(client, manager, 'put', `/incidents/${nearMiss.id}/recordability`, answers()),
      403
    )
    const incident = await injury()
    await send(client, officer, 'put', `/incidents/${incident.id}/recordability`, answers())
    await expectStatus(
      send(client, officer, 'post', `/incidents/${incident.id}/recordability/decision`, {
        decision: 'confirm',
        illnessType: 'injury',
        privacyCase: false,
      }),
      403
    )
  })

  test('a fatality starts an 8 hour clock; the reminder goes once at half-time', async ({
    client,
    assert,
  }) => {
    const incident = await injury(1)
    const manager = await demo('incident_manager')
    const url = `/incidents/${incident.id}/recordability`
    await send(client, manager, 'put', url, answers({ death: true, severeOutcome: 'fatality' }))

    const clock = await RegulatoryReport.findByOrFail('incident_id', incident.id)
    assert.equal(clock.deadlineAt.toMillis(), incident.occurredAt.plus({ hours: 8 }).toMillis())
    assert.equal(clock.reminderAt.toMillis(), incident.occurredAt.plus({ hours: 4 }).toMillis())

    const detail = await client.get(`/incidents/${incident.id}`).loginAs(manager).withInertia()
    const shown = (detail.inertiaProps as { regulatory: { deadlineAt: string } }).regulatory
    assert.equal(Date.parse(shown.deadlineAt), clock.deadlineAt.toMillis())

    const events = emitter.fake()
    const early = await new RegulatoryClockJob().run()
    assert.deepEqual(early.locked ? null : early.reminded, [])
    const halfTime = incident.occurredAt.plus({ hours: 4, minutes: 1 })
    const due = await new RegulatoryClockJob().run(halfTime)
    const again = await new RegulatoryClockJob().run(halfTime.plus({ minutes: 15 }))
    assert.lengthOf(due.locked ? [] : due.reminded, 1)
    assert.lengthOf(again.locked ? [] : again.reminded, 0)
    events.assertEmittedCount(RegulatoryDeadlineApproaching, 1)

    await expectStatus(
      send(client, manager, 'post', `/incidents/${incident.id}/regulatory-report`, {
        reportedAt: DateTime.now().toISO(),
        reference: 'OSHA-2026-1187',
      }),
      302
    )
    await clock.refresh()
    assert.equal(clock.reference, 'OSHA-2026-1187')
    assert.isNotNull(clock.reportedAt)
  })
})
