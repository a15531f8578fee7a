import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import { demo, otherSite, report, userWith } from '#tests/functional/incidents/support'

test.group('Incidents / who sees what', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('a reporter cannot open another user’s incident by id (web and API)', async ({
    client,
    assert,
  }) => {
    const owner = await demo('reporter')
    const stranger = await userWith('reporter', [])
    const incident = await report(owner)

    const web = await client.get(`/incidents/${incident.id}`).loginAs(stranger).withInertia()
    assert.equal(web.status(), 404)
    const api = await client
      .get(`/api/v1/incidents/${incident.id}`)
      .withGuard('api')
      .loginAs(stranger)
    api.assertStatus(404)
    assert.equal(api.body().errors[0].code, 'E_NOT_FOUND')

    const own = await client.get(`/api/v1/incidents/${incident.id}`).withGuard('api').loginAs(owner)
    own.assertStatus(200)
    assert.equal(own.body().data.number, incident.number)
  })

  test('a reporter’s list holds only their own reports', async ({ client, assert }) => {
    const owner = await demo('reporter')
    const stranger = await userWith('reporter', [])
    const mine = await report(owner)
    await report(stranger)

    const response = await client.get('/incidents').loginAs(owner).withInertia()
    response.assertStatus(200)
    const ids = response.inertiaProps.incidents.data.map((row: { id: number }) => row.id)
    assert.include(ids, mine.id)
    assert.lengthOf(ids, 1)
  })

  test('filtering the list reloads only the list, not the UI strings and modules', async ({
    client,
    assert,
  }) => {
    const manager = await demo('hse_manager')
    await report(manager)

    const full = await client.get('/incidents').loginAs(manager).withInertia()
    full.assertStatus(200)
    assert.properties(full.inertiaProps, ['incidents', 'messages', 'modules', 'user', 'flash'])
    assert.isAbove(Object.keys(full.inertiaProps.messages).length, 100)

    const partial = await client
      .get('/incidents')
      .qs({ status: 'reported' })
      .loginAs(manager)
      .withInertia()
      .withInertiaPartialReload('incidents/index', ['incidents'])
    partial.assertStatus(200)
    assert.isAbove(partial.inertiaProps.incidents.data.length, 0)
    assert.properties(partial.inertiaProps, ['user', 'flash', 'errors'])
    assert.notProperty(partial.inertiaProps, 'messages')
    assert.notProperty(partial.inertiaProps, 'modules')
  })

  test('a manager of site A neither lists nor opens site B’s incidents', async ({
    client,
    assert,
  }) => {
    const north = await otherSite()
    const manager = await demo('incident_manager')
    const northReporter = await userWith('reporter', [north.site.id])
    const main = await report(await demo('reporter'))
    const northIncident = await report(northReporter, {
      siteId: north.site.id,
      locationId: north.location.id,
    })

    const list = await client.get('/api/v1/incidents').withGuard('api').loginAs(manager)
    list.assertStatus(200)
    const ids = list.body().data.map((row: { id: number }) => row.id)
    assert.include(ids, main.id)
    assert.notInclude(ids, northIncident.id)

    const open = await client
      .get(`/api/v1/incidents/${northIncident.id}`)
      .withGuard('api')
      .loginAs(manager)
    open.assertStatus(404)

    const northManager = await userWith('incident_manager', [north.site.id])
    const allowed = await client
      .get(`/api/v1/incidents/${northIncident.id}`)
      .withGuard('api')
      .loginAs(northManager)
    allowed.assertStatus(200)
    assert.isTrue(allowed.body().data.can.triage)
  })

  test('the reporter cannot triage their own report', async ({ client, assert }) => {
    const reporter = await demo('reporter')
    const incident = await report(reporter)
    const response = await client
      .post(`/api/v1/incidents/${incident.id}/transitions`)
      .withGuard('api')
      .loginAs(reporter)
      .json({ to: 'triaged' })
    response.assertStatus(403)
    await incident.refresh()
    assert.equal(incident.status, 'reported')
  })

  test('a reporter may comment on their own incident, others may not', async ({
    client,
    assert,
  }) => {
    const reporter = await demo('reporter')
    const incident = await report(reporter)
    const own = await client
      .post(`/api/v1/records/incident/${incident.id}/comments`)
      .withGuard('api')
      .loginAs(reporter)
      .json({ body: 'The ladder is back in the store room' })
    own.assertStatus(201)
    assert.equal(own.body().data.kind, 'comment')

    const stranger = await client
      .post(`/api/v1/records/incident/${incident.id}/comments`)
      .withGuard('api')
      .loginAs(await userWith('reporter', []))
      .json({ body: 'Let me in' })
    stranger.assertStatus(404)
  })
})
