import { test } from '@japa/runner'
import db from '@adonisjs/lucid/services/db'
import testUtils from '@adonisjs/core/services/test_utils'
import Incident from '#models/incident'
import { IncidentQueries } from '#services/incident_queries'
import { demo, report } from '#tests/functional/incidents/support'

/*
| Inside the global transaction of each test, the services' transactions
| are savepoints: their commit and rollback hooks fire as in production,
| and the suite forgets cached totals between tests.
*/
const marker = `totals${Date.now()}`

const total = async (filters = {}) => {
  const manager = await demo('hse_manager')
  const page = await IncidentQueries.list(manager, { search: marker, ...filters })
  return page.getMeta().total as number
}

test.group('Incident list totals', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('counts a query once and recounts after an incident is reported', async ({ assert }) => {
    const reporter = await demo('reporter')
    const first = await report(reporter, { description: `Oil on the ramp ${marker}` })
    assert.equal(await total(), 1)

    /* A row the models never saw (raw SQL) leaves the cached total alone */
    await db.rawQuery(
      `INSERT INTO incidents (number, type, title, description, occurred_at, site_id, status)
       SELECT number || '-RAW', type, title, description, occurred_at, site_id, status
       FROM incidents WHERE id = ?`,
      [first.id]
    )
    assert.equal(await total(), 1)

    await report(reporter, { description: `Second spill on the ramp ${marker}` })
    assert.equal(await total(), 3)
  })

  test('a change inside a transaction reaches the totals when it commits', async ({ assert }) => {
    const reporter = await demo('reporter')
    const incident = await report(reporter, { description: `Loose cable ${marker}` })
    assert.equal(await total({ type: 'near_miss' }), 1)

    const trx = await db.transaction()
    const row = await Incident.findOrFail(incident.id, { client: trx })
    row.type = 'fire'
    await row.save()
    assert.equal(await total({ type: 'near_miss' }), 1, 'uncommitted: still counted as before')
    await trx.commit()

    assert.equal(await total({ type: 'near_miss' }), 0)
    assert.equal(await total({ type: 'fire' }), 1)
  })

  test('a rolled-back change leaves the totals as they were', async ({ assert }) => {
    const reporter = await demo('reporter')
    const incident = await report(reporter, { description: `Blocked exit ${marker}` })
    assert.equal(await total({ type: 'near_miss' }), 1)

    const trx = await db.transaction()
    const row = await Incident.findOrFail(incident.id, { client: trx })
    row.type = 'fire'
    await row.save()
    assert.equal(await total({ type: 'near_miss' }), 1, 'uncommitted: still counted as before')
    await trx.rollback()

    assert.equal(await total({ type: 'near_miss' }), 1)
  })

  test('different viewers get the totals of their own scope', async ({ assert }) => {
    const reporter = await demo('reporter')
    await report(reporter, { description: `Wet floor ${marker}` })
    await report(await demo('hse_manager'), { description: `Broken rail ${marker}` })

    const mine = await IncidentQueries.list(reporter, { search: marker, reported: 'me' })
    assert.equal(mine.getMeta().total, 1)
    assert.equal(await total(), 2)
  })
})
