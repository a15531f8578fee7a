import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import IncidentPolicy from '#policies/incident_policy'
import type Incident from '#models/incident'
import type { IncidentStatus } from '#app/data/incidents'
import { demo, otherSite, report, userWith } from '#tests/functional/incidents/support'

const policy = new IncidentPolicy()
/** The fields the policy reads, at another workflow status. */
const at = (incident: Incident, status: IncidentStatus) => ({
  id: incident.id,
  siteId: incident.siteId,
  reporterId: incident.reporterId,
  isAnonymous: incident.isAnonymous,
  investigatorId: incident.investigatorId,
  responsibleManagerId: incident.responsibleManagerId,
  status,
})

test.group('IncidentPolicy', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('everyone signed in may report and open the list; disabled accounts may not', async ({
    assert,
  }) => {
    const viewer = await demo('viewer')
    assert.isTrue(await policy.create(viewer))
    assert.isTrue(await policy.viewList(viewer))
    viewer.status = 'disabled'
    assert.isFalse(await policy.create(viewer))
  })

  test('view: the reporter, the assignees and readers of the site', async ({ assert }) => {
    const reporter = await demo('reporter')
    const incident = await report(reporter)
    assert.isTrue(await policy.view(reporter, incident))
    assert.isTrue(await policy.view(await demo('viewer'), incident))
    assert.isFalse(await policy.view(await userWith('reporter', []), incident))

    const north = await otherSite()
    assert.isFalse(await policy.view(await userWith('incident_manager', [north.site.id]), incident))
    const investigator = await userWith('reporter', [])
    incident.investigatorId = investigator.id
    assert.isTrue(await policy.view(investigator, incident))
  })

  test('update: the reporter until triage, incidents.update on the site, nobody once closed', async ({
    assert,
  }) => {
    const reporter = await demo('reporter')
    const incident = await report(reporter)
    const officer = await demo('safety_officer')
    assert.isTrue(await policy.update(reporter, incident))
    assert.isFalse(await policy.update(reporter, at(incident, 'triaged')))
    assert.isTrue(await policy.update(officer, at(incident, 'triaged')))
    assert.isFalse(await policy.update(await demo('viewer'), incident))
    assert.isFalse(await policy.update(officer, at(incident, 'closed')))
  })

  test('comment: reporter, assignees and updaters, not mere readers', async ({ assert }) => {
    const reporter = await demo('reporter')
    const incident = await report(reporter)
    assert.isTrue(await policy.comment(reporter, incident))
    assert.isTrue(await policy.comment(await demo('safety_officer'), incident))
    assert.isFalse(await policy.comment(await demo('viewer'), incident))
  })

  test('transition: assign to triage, update or the investigator to progress, approve to close and reopen', async ({
    assert,
  }) => {
    const reporter = await demo('reporter')
    const manager = await demo('incident_manager')
    const officer = await demo('safety_officer')
    const incident = await report(reporter)

    assert.isFalse(await policy.triage(reporter, incident))
    assert.isFalse(await policy.triage(officer, incident))
    assert.isTrue(await policy.triage(manager, incident))

    const triaged = at(incident, 'triaged')
    assert.isTrue(await policy.transition(officer, triaged, 'under_investigation'))
    const investigator = await userWith('reporter', [])
    triaged.investigatorId = investigator.id
    assert.isTrue(await policy.transition(investigator, triaged, 'under_investigation'))
    assert.isFalse(await policy.transition(reporter, triaged, 'under_investigation'))

    const pending = at(incident, 'actions_pending')
    assert.isFalse(await policy.transition(officer, pending, 'closed'))
    assert.isTrue(await policy.transition(manager, pending, 'closed'))
    assert.isTrue(await policy.transition(manager, at(incident, 'closed'), 'under_investigation'))
    assert.isFalse(await policy.transition(officer, at(incident, 'closed'), 'under_investigation'))
  })

  test('export needs incidents.export', async ({ assert }) => {
    assert.isTrue(await policy.export(await demo('incident_manager')))
    assert.isFalse(await policy.export(await demo('safety_officer')))
  })

  test('abilities mirror the methods for the current status', async ({ assert }) => {
    const reporter = await demo('reporter')
    const manager = await demo('incident_manager')
    const incident = await report(reporter)
    assert.deepEqual(await policy.abilities(reporter, incident), {
      edit: true,
      comment: true,
      triage: false,
      investigate: false,
      actionsPending: false,
      close: false,
      reopen: false,
    })
    assert.containsSubset(await policy.abilities(manager, at(incident, 'closed')), {
      edit: false,
      reopen: true,
      close: false,
      investigate: false,
    })
  })
})
