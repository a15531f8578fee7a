import { test } from '@japa/runner'
import db from '@adonisjs/lucid/services/db'
import testUtils from '@adonisjs/core/services/test_utils'
import { IncidentService } from '#services/incident_service'
import { demo, report } from '#tests/functional/incidents/support'

const auditActions = async (id: number) => {
  const rows = await db
    .from('audit_logs')
    .where({ subject_type: 'incident', subject_id: id })
    .orderBy('id')
    .select('action')
  return rows.map((row) => row.action)
}

test.group('Incidents / audit trail', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('an audit row exists if and only if the change committed', async ({ assert }) => {
    const reporter = await demo('reporter')
    const incident = await report(reporter)
    assert.deepEqual(await auditActions(incident.id), ['created'])

    const service = new IncidentService()
    const actor = { userId: reporter.id }
    await assert.rejects(() =>
      service.update(incident, { title: 'Broken on purpose', departmentId: 999_999 }, actor)
    )
    assert.deepEqual(await auditActions(incident.id), ['created'])
    await incident.refresh()
    assert.equal(incident.title, 'A ladder was left across the corridor')

    await service.update(incident, { title: 'Committed' }, actor)
    assert.deepEqual(await auditActions(incident.id), ['created', 'updated'])
  })

  test('an update that changes nothing writes nothing', async ({ assert }) => {
    const reporter = await demo('reporter')
    const incident = await report(reporter)
    await new IncidentService().update(incident, { title: incident.title }, { userId: reporter.id })
    assert.deepEqual(await auditActions(incident.id), ['created'])
  })

  test('the audit trail cannot be edited or deleted', async ({ assert }) => {
    const incident = await report(await demo('reporter'))
    await assert.rejects(
      () => db.from('audit_logs').where('subject_id', incident.id).delete(),
      /append-only/
    )
  })
})
