import { test } from '@japa/runner'
import { DateTime } from 'luxon'
import testUtils from '@adonisjs/core/services/test_utils'
import { ApiTokenService } from '#services/api_token_service'
import Location from '#models/location'
import { demo, mainSite, otherSite, report, triaged } from '#tests/functional/incidents/support'

test.group('Incidents / JSON API over JWT', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('creates, lists, filters and searches with a bearer token', async ({ client, assert }) => {
    const reporter = await demo('reporter')
    const { token } = ApiTokenService.signAccessToken(reporter)
    const { site, location } = await mainSite()

    const created = await client
      .post('/api/v1/incidents')
      .bearerToken(token)
      .json({
        type: 'fire',
        title: 'Smouldering bin behind the kitchen',
        description: 'Smoke coming out of the paper bin, extinguished with water',
        siteId: site.id,
        locationId: location.id,
        occurredAt: DateTime.now().minus({ hours: 1 }).toISO(),
        people: [{ role: 'witness', name: 'Budi Santoso', personType: 'visitor' }],
      })
    created.assertStatus(201)
    const incident = created.body().data
    assert.equal(incident.status, 'reported')
    assert.equal(incident.people[0].name, 'Budi Santoso')
    assert.notProperty(incident, 'anonymousPasscodeHash')
    assert.containsSubset(incident.can, { edit: true, comment: true, triage: false })
    await report(reporter, { type: 'near_miss', description: 'Loose cable over the walkway' })

    const list = await client.get('/api/v1/incidents').bearerToken(token)
    list.assertStatus(200)
    assert.equal(list.body().metadata.total, 2)

    const fires = await client.get('/api/v1/incidents').qs({ type: 'fire' }).bearerToken(token)
    assert.deepEqual(
      fires.body().data.map((row: { id: number }) => row.id),
      [incident.id]
    )
    const search = await client
      .get('/api/v1/incidents')
      .qs({ search: 'kitchen' })
      .bearerToken(token)
    assert.deepEqual(
      search.body().data.map((row: { id: number }) => row.id),
      [incident.id]
    )
    const byNumber = await client
      .get('/api/v1/incidents')
      .qs({ search: incident.number.toLowerCase() })
      .bearerToken(token)
    assert.equal(byNumber.body().data[0].id, incident.id)

    const paged = await client
      .get('/api/v1/incidents')
      .qs({ perPage: 1, page: 2, sort: 'occurred_at' })
      .bearerToken(token)
    assert.equal(paged.body().metadata.lastPage, 2)
    assert.equal(paged.body().data[0].type, 'near_miss')
  })

  test('filters by status, PSIF, assignee and date range', async ({ client, assert }) => {
    const manager = await demo('incident_manager')
    const investigator = await demo('safety_officer')
    const reporter = await demo('reporter')
    const psif = await triaged(await report(reporter), manager, investigator)
    await report(reporter, { occurredAt: DateTime.now().minus({ days: 40 }) })
    const get = (qs: Record<string, unknown>) =>
      client.get('/api/v1/incidents').qs(qs).withGuard('api').loginAs(manager)

    const ids = async (qs: Record<string, unknown>) => {
      const response = await get(qs)
      return response.body().data.map((row: { id: number }) => row.id)
    }
    assert.deepEqual(await ids({ status: 'triaged' }), [psif.id])
    assert.deepEqual(await ids({ psif: true }), [psif.id])
    assert.deepEqual(await ids({ assigned: 'me' }), [psif.id])
    assert.deepEqual(await ids({ severity: 4 }), [psif.id])
    assert.lengthOf(await ids({ from: DateTime.now().minus({ days: 7 }).toISODate() }), 1)
    assert.lengthOf(await ids({ to: DateTime.now().minus({ days: 30 }).toISODate() }), 1)

    const invalid = await get({ status: 'exploded' })
    invalid.assertStatus(422)
    assert.equal(invalid.body().errors[0].field, 'status')
  })

  test('updates a report and records old → new in the audit trail', async ({ client, assert }) => {
    const reporter = await demo('reporter')
    const incident = await report(reporter)
    const response = await client
      .put(`/api/v1/incidents/${incident.id}`)
      .withGuard('api')
      .loginAs(reporter)
      .json({ title: 'Ladder across the corridor', immediateActions: 'Moved the ladder' })
    response.assertStatus(200)
    assert.equal(response.body().data.title, 'Ladder across the corridor')

    const audit = await client.get(`/incidents/${incident.id}`).loginAs(reporter).withInertia()
    const updated = audit.inertiaProps.audit.find(
      (row: { action: string }) => row.action === 'updated'
    )
    assert.deepEqual(updated.changes.title, {
      old: 'A ladder was left across the corridor',
      new: 'Ladder across the corridor',
    })
    assert.deepEqual(updated.changes.immediateActions, { old: null, new: 'Moved the ladder' })
    assert.equal(updated.actor.id, reporter.id)

    const { site } = await mainSite()
    const other = await Location.create({ siteId: site.id, name: 'Roof', kind: 'area' })
    const moved = await client
      .put(`/api/v1/incidents/${incident.id}`)
      .withGuard('api')
      .loginAs(reporter)
      .json({ locationId: other.id })
    moved.assertStatus(200)
    assert.equal(moved.body().data.location.name, 'Roof')
    const north = await otherSite()
    const foreign = await client
      .put(`/api/v1/incidents/${incident.id}`)
      .withGuard('api')
      .loginAs(reporter)
      .json({ locationId: north.location.id })
    foreign.assertStatus(422)
  })

  test('validation errors are JSON 422 with field codes', async ({ client, assert }) => {
    const response = await client
      .post('/api/v1/incidents')
      .withGuard('api')
      .loginAs(await demo('reporter'))
      .json({ type: 'meteor', siteId: 999999 })
    response.assertStatus(422)
    const byField = Object.fromEntries(
      response
        .body()
        .errors.map((error: { field: string; code: string }) => [error.field, error.code])
    )
    assert.equal(byField.type, 'enum')
    assert.equal(byField.description, 'required')
    assert.equal(byField.siteId, 'database.exists')
  })
})
