import { test } from '@japa/runner'
import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import CorrectiveAction from '#models/corrective_action'
import Notification from '#models/notification'
import User from '#models/user'
import { CapaService } from '#services/capa/capa_service'
import { CapaSources } from '#services/capa/capa_source'
import { runAce } from '#tests/helpers/ace'
import { SOURCE_TYPE, assigneeUser, demoSite } from '#tests/functional/capa/source_fixture'

/*
 * The scheduler runs `node ace capa:overdue` as its own process: its
 * notifications (with links built from route names) must reach the
 * assignee from there too. Real commits; removed afterwards.
 */
test.group('Corrective actions / capa:overdue command', (group) => {
  group.each.teardown(async () => {
    const ids = await CorrectiveAction.query().where('source_type', SOURCE_TYPE).select('id')
    await db
      .from('notifications')
      .where('subject_type', 'capa')
      .whereIn(
        'subject_id',
        ids.map((row) => row.id)
      )
      .delete()
    await db
      .from('record_watchers')
      .where('subject_type', 'capa')
      .whereIn(
        'subject_id',
        ids.map((row) => row.id)
      )
      .delete()
    await CorrectiveAction.query().where('source_type', SOURCE_TYPE).delete()
    await User.query().where('email', 'capa-command@example.org').delete()
  })

  test('notifies the assignee of an overdue action from the command process', async ({
    assert,
  }) => {
    const assignee = await assigneeUser('capa-command@example.org')
    const site = await demoSite()
    const source = await CapaSources.find(SOURCE_TYPE, site.id)
    const action = await new CapaService().create(
      source!,
      {
        title: 'Replace the cracked guard',
        type: 'corrective',
        controlLevel: 'engineering',
        priority: 'high',
        assigneeId: assignee.id,
        dueOn: DateTime.now().minus({ days: 2 }).startOf('day'),
      },
      { userId: null }
    )

    const run = await runAce(['capa:overdue'], { env: { LOG_LEVEL: 'error' } })
    assert.equal(run.code, 0, run.stdout + run.stderr)
    assert.notInclude(run.stdout + run.stderr, 'event listener failed')
    assert.include(run.stdout, '1 newly overdue')
    const overdue = await Notification.query()
      .where({ user_id: assignee.id, kind: 'capa.overdue' })
      .first()
    assert.exists(overdue, 'the command delivered the overdue notification')
    assert.equal(overdue!.subjectId, action.id)
  }).timeout(60_000)
})
