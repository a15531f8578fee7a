import { test } from '@japa/runner'
import emitter from '@adonisjs/core/services/emitter'
import { DateTime } from 'luxon'
import CorrectiveAction from '#models/corrective_action'
import User from '#models/user'
import CapaOverdue from '#events/capa_overdue'
import CapaEscalated from '#events/capa_escalated'
import { CapaOverdueJob } from '#services/capa/capa_overdue_job'
import { CapaService } from '#services/capa/capa_service'
import { CapaSources } from '#services/capa/capa_source'
import {
  SOURCE_TYPE,
  assigneeUser,
  demoSite,
  demoUser,
  setManager,
} from '#tests/functional/capa/source_fixture'

async function actionDue(daysAgo: number, assigneeId: number) {
  const site = await demoSite()
  const source = await CapaSources.find(SOURCE_TYPE, site.id)
  return new CapaService().create(
    source!,
    {
      title: `Due ${daysAgo} days ago`,
      type: 'corrective',
      controlLevel: 'administrative',
      priority: 'medium',
      assigneeId,
      dueOn: DateTime.now().minus({ days: daysAgo }).startOf('day'),
    },
    { userId: null }
  )
}

/*
 * No global transaction here: the job's concurrency is the point, and two
 * runs need two real transactions. The rows are removed afterwards.
 */
test.group('Corrective actions / overdue job', (group) => {
  group.each.teardown(async () => {
    emitter.restore()
    await CorrectiveAction.query().where('source_type', SOURCE_TYPE).delete()
    await User.query().where('email', 'like', 'overdue-%').delete()
  })

  test('marks overdue actions once, escalates after seven days, and is idempotent', async ({
    assert,
  }) => {
    const assignee = await assigneeUser('overdue-1@example.org')
    const manager = await demoUser('hse_manager')
    setManager(await demoSite(), manager)
    const late = await actionDue(2, assignee.id)
    const veryLate = await actionDue(10, assignee.id)
    const notYet = await actionDue(-3, assignee.id)
    const events = emitter.fake()

    const [first, second] = await Promise.all([
      new CapaOverdueJob().run(),
      new CapaOverdueJob().run(),
    ])
    const ran = [first, second].filter((run) => !run.locked)
    assert.isAtLeast(ran.length, 1)

    const overdue = events.all().filter((event) => event.event === CapaOverdue)
    const escalated = events.all().filter((event) => event.event === CapaEscalated)
    assert.sameMembers(
      overdue.map((event) => (event.data as CapaOverdue).action.id),
      [late.id, veryLate.id]
    )
    assert.deepEqual(
      escalated.map((event) => (event.data as CapaEscalated).action.id),
      [veryLate.id]
    )
    assert.equal((escalated[0].data as CapaEscalated).managerId, manager.id)

    const again = await new CapaOverdueJob().run()
    assert.isFalse(again.locked)
    assert.deepEqual(again.locked ? [] : [...again.overdue, ...again.escalated], [])
    await notYet.refresh()
    assert.isNull(notYet.overdueAt)
  })

  test('a new due date re-arms the job for that action', async ({ assert }) => {
    const assignee = await assigneeUser('overdue-2@example.org')
    const action = await actionDue(3, assignee.id)
    await new CapaOverdueJob().run()
    await action.refresh()
    assert.isNotNull(action.overdueAt)

    await new CapaService().update(
      action,
      { dueOn: DateTime.now().minus({ days: 1 }).startOf('day') },
      { userId: null }
    )
    const events = emitter.fake()
    const run = await new CapaOverdueJob().run()
    assert.isFalse(run.locked)
    events.assertEmittedCount(CapaOverdue, 1)
  })

  test('done actions are never overdue', async ({ assert }) => {
    const assignee = await assigneeUser('overdue-3@example.org')
    const action = await actionDue(5, assignee.id)
    await new CapaService().step(action, 'complete', { note: 'Finished late.' }, { userId: null })
    const run = await new CapaOverdueJob().run()
    assert.deepEqual(run.locked ? null : run.overdue, [])
  })
})
