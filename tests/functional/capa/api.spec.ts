import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import CorrectiveAction from '#models/corrective_action'
import Site from '#models/site'
import {
  SOURCE_TYPE,
  assigneeUser,
  demoSite,
  demoUser,
  setManager,
} from '#tests/functional/capa/source_fixture'
import { expectStatus } from '#tests/helpers/responses'
import { CapaService } from '#services/capa/capa_service'
import { CapaSources } from '#services/capa/capa_source'
import { DateTime } from 'luxon'
import type User from '#models/user'

async function actionOn(site: Site, assignee: User, dueInDays = 14) {
  const source = await CapaSources.find(SOURCE_TYPE, site.id)
  return new CapaService().create(
    source!,
    {
      title: 'Replace the frayed sling',
      type: 'corrective',
      controlLevel: 'substitution',
      priority: 'critical',
      assigneeId: assignee.id,
      dueOn: DateTime.now().plus({ days: dueInDays }).startOf('day'),
    },
    { userId: null }
  )
}

test.group('Corrective actions / API and visibility', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('lists my actions, soonest due first, with pagination meta', async ({ client, assert }) => {
    const site = await demoSite()
    const assignee = await assigneeUser()
    const later = await actionOn(site, assignee, 30)
    const sooner = await actionOn(site, assignee, 2)
    await actionOn(site, await assigneeUser('someone-else@example.org'))

    const response = await client.get('/api/v1/actions').withGuard('api').loginAs(assignee)
    response.assertStatus(200)
    assert.deepEqual(
      response.body().data.map((row: { id: number }) => row.id),
      [sooner.id, later.id]
    )
    assert.containsSubset(response.body().metadata, { total: 2, currentPage: 1 })
    assert.containsSubset(response.body().data[0], {
      number: sooner.number,
      status: 'open',
      source: { type: SOURCE_TYPE, id: site.id, label: `SRC-${site.code}` },
      assignee: { id: assignee.id },
    })
  })

  test('works, evidences and verifies an action over JWT', async ({ client, assert }) => {
    const site = await demoSite()
    const assignee = await assigneeUser()
    const manager = await demoUser('hse_manager')
    const action = await actionOn(site, assignee)

    const asAssignee = (url: string) => client.post(url).withGuard('api').loginAs(assignee)
    await expectStatus(
      asAssignee(`/api/v1/actions/${action.id}/steps`).json({ step: 'start' }),
      200
    )
    const evidence = await asAssignee(`/api/v1/actions/${action.id}/evidence`).file(
      'files',
      Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n'),
      { filename: 'sling-receipt.pdf', contentType: 'application/pdf' }
    )
    evidence.assertStatus(201)
    assert.equal(evidence.body().data[0].originalName, 'sling-receipt.pdf')

    const done = await asAssignee(`/api/v1/actions/${action.id}/steps`).json({
      step: 'complete',
      note: 'New sling in use, old one destroyed.',
    })
    done.assertStatus(200)
    assert.equal(done.body().data.status, 'done')

    const ownVerify = await asAssignee(`/api/v1/actions/${action.id}/steps`).json({
      step: 'verify',
      effectiveness: 'effective',
    })
    ownVerify.assertStatus(422)

    setManager(site, null)
    const verified = await client
      .post(`/api/v1/actions/${action.id}/steps`)
      .withGuard('api')
      .loginAs(manager)
      .json({ step: 'verify', effectiveness: 'effective', note: 'Seen in use.' })
    verified.assertStatus(200)
    assert.equal(verified.body().data.status, 'verified')
    assert.equal(verified.body().data.verifier.id, manager.id)
  })

  test('an action on a record the user cannot see is invisible (web and API)', async ({
    client,
  }) => {
    const home = await demoSite()
    const other = await Site.create({
      organisationId: home.organisationId,
      name: 'North campus',
      code: `N${Date.now() % 100000}`,
    })
    const assignee = await assigneeUser()
    const action = await actionOn(other, assignee)
    const reporter = await demoUser('reporter')

    await expectStatus(
      client.get(`/api/v1/actions/${action.id}`).withGuard('api').loginAs(reporter),
      403
    )
    await expectStatus(client.get(`/actions/${action.id}`).loginAs(reporter), 403)
    await expectStatus(
      client.get(`/api/v1/actions/${action.id}`).withGuard('api').loginAs(assignee),
      200
    )
  })

  test('the detail page shows the action with the steps the user may take', async ({
    client,
    assert,
  }) => {
    const site = await demoSite()
    const assignee = await assigneeUser()
    const action = await actionOn(site, assignee)
    const response = await client.get(`/actions/${action.id}`).loginAs(assignee).withInertia()
    response.assertStatus(200)
    response.assertInertiaComponent('corrective_actions/show')
    const props = response.inertiaProps as {
      action: { number: string }
      can: Record<string, boolean>
    }
    assert.equal(props.action.number, action.number)
    assert.containsSubset(props.can, { start: true, complete: true, verify: false, cancel: false })
  })

  test('my actions page filters by status', async ({ client, assert }) => {
    const site = await demoSite()
    const assignee = await assigneeUser()
    const open = await actionOn(site, assignee)
    const finished = await actionOn(site, assignee)
    await new CapaService().step(finished, 'complete', { note: 'All done.' }, { userId: null })

    const pending = await client.get('/actions').loginAs(assignee).withInertia()
    const done = await client.get('/actions?status=done').loginAs(assignee).withInertia()
    const ids = (response: typeof pending) =>
      (response.inertiaProps as { actions: { data: { id: number }[] } }).actions.data.map(
        (row) => row.id
      )
    assert.deepEqual(ids(pending), [open.id])
    assert.deepEqual(ids(done), [finished.id])
    assert.equal(
      await CorrectiveAction.query()
        .where('assignee_id', assignee.id)
        .count('* as n')
        .then((r) => Number(r[0].$extras.n)),
      2
    )
  })
})
