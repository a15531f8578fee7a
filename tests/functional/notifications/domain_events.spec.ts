import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import { DateTime } from 'luxon'
import Notification from '#models/notification'
import type User from '#models/user'
import { IncidentService } from '#services/incident_service'
import { RecordActivity } from '#services/records/record_activity'
import { CapaService } from '#services/capa/capa_service'
import { CapaSources } from '#services/capa/capa_source'
import { CapaOverdueJob } from '#services/capa/capa_overdue_job'
import { RecordabilityService } from '#services/recordability_service'
import { RegulatoryClockJob } from '#services/regulatory_clock_job'
import { demo, report, triaged, userWith, mainSite } from '#tests/functional/incidents/support'

const inbox = (user: User) => Notification.query().where('user_id', user.id).orderBy('id', 'asc')

async function kindsOf(user: User) {
  const rows = await inbox(user)
  return rows.map((row) => row.kind)
}

async function firstOfKind(user: User, kind: string) {
  const rows = await inbox(user)
  return rows.find((row) => row.kind === kind)
}

test.group('Notifications from domain events', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('a severe report reaches every HSE manager urgently and the site managers, never the reporter', async ({
    assert,
  }) => {
    const { site } = await mainSite()
    const reporter = await demo('reporter')
    const hse = await demo('hse_manager')
    const incidentManager = await demo('incident_manager')
    const indonesian = await userWith('hse_manager', [site.id], 'Budi Hartono')
    indonesian.locale = 'id'
    await indonesian.save()

    const incident = await report(reporter, { potentialSeverity: 4, actualSeverity: 2 })

    const [toHse] = await inbox(hse)
    assert.equal(toHse.kind, 'incident.reported')
    assert.isTrue(toHse.urgent)
    assert.include(toHse.title, incident.number)
    const [toManager] = await inbox(incidentManager)
    assert.isFalse(toManager.urgent)
    const [toBudi] = await inbox(indonesian)
    assert.match(toBudi.title, /^Insiden .* dilaporkan/)
    assert.lengthOf(await inbox(reporter), 0)
  })

  test('assignment, status change and comments reach assignee, reporter and watchers', async ({
    assert,
  }) => {
    const reporter = await demo('reporter')
    const manager = await demo('incident_manager')
    const investigator = await demo('safety_officer')
    const incident = await report(reporter)
    await triaged(incident, manager, investigator)

    const investigatorInbox = await inbox(investigator)
    assert.includeMembers(
      investigatorInbox.map((row) => row.kind),
      ['incident.assigned']
    )
    const reporterInbox = await inbox(reporter)
    const changed = reporterInbox.find((row) => row.kind === 'incident.status_changed')!
    assert.include(changed.title, 'Triaged')
    assert.notInclude(
      await kindsOf(manager),
      'incident.assigned',
      'the actor assigned themselves as responsible manager and is not told'
    )

    await RecordActivity.comment(
      { type: 'incident', id: incident.id },
      'The ladder is back in the store now.',
      investigator,
      { userId: investigator.id }
    )
    const comment = (await firstOfKind(reporter, 'record.commented'))!
    assert.include(comment.body, 'The ladder is back in the store now.')
    assert.notInclude(await kindsOf(investigator), 'record.commented')

    await new IncidentService().transition(
      incident,
      'under_investigation',
      {},
      { userId: investigator.id }
    )
    const managerKinds = await kindsOf(manager)
    const statusNews = managerKinds.filter((kind) => kind === 'incident.status_changed')
    assert.lengthOf(statusNews, 1, 'the manager follows the incident they were assigned')
  })

  test('corrective actions notify the assignee, then escalate to the source manager', async ({
    assert,
  }) => {
    const reporter = await demo('reporter')
    const manager = await demo('incident_manager')
    const assignee = await demo('viewer')
    const incident = await report(reporter)
    await triaged(incident, manager, await demo('safety_officer'))
    const source = await CapaSources.find('incident', incident.id)
    const action = await new CapaService().create(
      source!,
      {
        title: 'Fit a ladder rack',
        type: 'corrective',
        controlLevel: 'engineering',
        priority: 'high',
        assigneeId: assignee.id,
        dueOn: DateTime.now().minus({ days: 10 }).startOf('day'),
      },
      { userId: manager.id }
    )
    const [assigned] = await inbox(assignee)
    assert.equal(assigned.kind, 'capa.assigned')
    assert.include(assigned.title, action.number)

    await new CapaOverdueJob().run()
    assert.includeMembers(await kindsOf(assignee), ['capa.assigned', 'capa.overdue'])
    const managerKinds = await kindsOf(manager)
    assert.lengthOf(
      managerKinds.filter((kind) => kind === 'capa.escalated'),
      1
    )
  })

  test('half-time before a regulatory deadline urgently reminds the managers', async ({
    assert,
  }) => {
    const reporter = await demo('reporter')
    const manager = await demo('incident_manager')
    const hse = await demo('hse_manager')
    const incident = await report(reporter, {
      type: 'injury_illness',
      occurredAt: DateTime.now().minus({ hours: 5 }),
    })
    await triaged(incident, manager, await demo('safety_officer'))
    incident.type = 'injury_illness'
    await incident.save()
    await new RecordabilityService().assess(
      incident,
      {
        workRelated: true,
        newCase: true,
        death: true,
        daysAway: 0,
        daysRestricted: 0,
        lossOfConsciousness: false,
        treatments: [],
        severeOutcome: 'fatality',
      },
      { userId: manager.id }
    )
    await new RegulatoryClockJob().run()
    for (const user of [manager, hse]) {
      const reminder = (await firstOfKind(user, 'incident.regulatory_deadline'))!
      assert.isTrue(reminder.urgent)
      assert.include(reminder.body, 'Fatality')
    }
  })
})
