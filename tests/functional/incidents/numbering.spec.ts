import { test } from '@japa/runner'
import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import Incident from '#models/incident'
import { demo, report } from '#tests/functional/incidents/support'

/**
 * Runs outside the global transaction on purpose: concurrency needs real
 * commits. The incidents (with the notifications and watchers their
 * listeners created) are removed afterwards and the counter restored.
 */
test.group('Incidents / numbering under concurrency', () => {
  test('50 parallel quick reports get 50 distinct, gapless numbers', async ({
    assert,
    cleanup,
  }) => {
    const year = DateTime.now().year
    const counter = await db.from('number_sequences').where({ kind: 'incident', year }).first()
    const start = Number(counter?.last_value ?? 0)
    const ids: number[] = []
    cleanup(async () => {
      /* What the report listeners committed for these incidents goes too */
      const subjects = (query: any) =>
        query.where('subject_type', 'incident').whereIn('subject_id', ids)
      await subjects(db.from('notifications')).delete()
      await subjects(db.from('record_watchers')).delete()
      await Incident.query().whereIn('id', ids).delete()
      await db
        .from('number_sequences')
        .where({ kind: 'incident', year })
        .update({ last_value: start })
    })

    const reporter = await demo('reporter')
    const incidents = await Promise.all(
      Array.from({ length: 50 }, (_, index) =>
        report(reporter, { description: `Parallel report number ${index}` })
      )
    )
    ids.push(...incidents.map((incident) => incident.id))

    const sequence = incidents
      .map((incident) => Number(incident.number.split('-').pop()))
      .sort((a, b) => a - b)
    assert.equal(new Set(incidents.map((incident) => incident.number)).size, 50)
    assert.deepEqual(
      sequence,
      Array.from({ length: 50 }, (_, index) => start + index + 1)
    )
  }).timeout(60_000)
})
