import { test } from '@japa/runner'
import fc from 'fast-check'
import { DateTime } from 'luxon'
import testUtils from '@adonisjs/core/services/test_utils'
import { MAX_DESCRIPTION_LENGTH } from '#app/data/incidents'
import { demo, mainSite, otherSite } from '#tests/functional/incidents/support'

const fieldsOf = (body: { errors: { field: string; code: string }[] }) =>
  Object.fromEntries(body.errors.map((error) => [error.field, error.code]))

test.group('Incidents / bad input is a 422, never a 500', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('an empty body names every required field (API) and goes back with errors (web)', async ({
    client,
    assert,
  }) => {
    const reporter = await demo('reporter')
    const api = await client.post('/api/v1/incidents').withGuard('api').loginAs(reporter).json({})
    api.assertStatus(422)
    assert.includeMembers(Object.keys(fieldsOf(api.body())), ['type', 'description', 'siteId'])

    const web = await client
      .post('/incidents')
      .loginAs(reporter)
      .withCsrfToken()
      .header('referer', '/incidents/report')
      .redirects(0)
      .form({})
    web.assertStatus(302)
    assert.equal(web.header('location'), '/incidents/report')
    const flashed = web.flashMessages()
    const bag = (flashed.inputErrorsBag ?? flashed.errors) as Record<string, unknown>
    assert.properties(bag, ['type', 'description', 'siteId'], JSON.stringify(flashed))
  })

  test('a 1 MB description, a future date and unknown or foreign locations are refused', async ({
    client,
    assert,
  }) => {
    const reporter = await demo('reporter')
    const { site, location } = await mainSite()
    const north = await otherSite()
    const send = (body: Record<string, unknown>) =>
      client
        .post('/api/v1/incidents')
        .withGuard('api')
        .loginAs(reporter)
        .json({ type: 'near_miss', description: 'Something happened', siteId: site.id, ...body })

    const long = await send({ description: 'x'.repeat(1024 * 1024) })
    long.assertStatus(422)
    assert.equal(fieldsOf(long.body()).description, 'maxLength')
    assert.include(long.body().errors[0].message, String(MAX_DESCRIPTION_LENGTH))

    const future = await send({ occurredAt: DateTime.now().plus({ days: 1 }).toISO() })
    future.assertStatus(422)
    assert.equal(fieldsOf(future.body()).occurredAt, 'notInFuture')

    const garbage = await send({ occurredAt: 'yesterday-ish' })
    assert.equal(fieldsOf(garbage.body()).occurredAt, 'dateTime')

    const unknown = await send({ locationId: 987654 })
    unknown.assertStatus(422)
    assert.equal(fieldsOf(unknown.body()).locationId, 'database.exists')

    const foreign = await send({ locationId: north.location.id })
    assert.equal(fieldsOf(foreign.body()).locationId, 'database.exists')

    const fine = await send({ locationId: location.id })
    fine.assertStatus(201)
  })

  test('any JSON body gets 201 or 422 with messages (property-based)', async ({
    client,
    assert,
  }) => {
    const reporter = await demo('reporter')
    const { site, location } = await mainSite()
    const value = fc.oneof(
      fc.string({ maxLength: 40 }),
      fc.integer(),
      fc.double(),
      fc.boolean(),
      fc.constant(null),
      fc.array(fc.string(), { maxLength: 3 }),
      fc.dictionary(fc.string({ maxLength: 5 }), fc.string({ maxLength: 5 }))
    )
    const body = fc.record(
      {
        type: fc.oneof(fc.constantFrom('near_miss', 'fire', 'vehicle'), value),
        description: fc.oneof(fc.string({ minLength: 3, maxLength: 200 }), value),
        siteId: fc.oneof(fc.constant(site.id), value),
        locationId: fc.oneof(fc.constant(location.id), value),
        occurredAt: fc.oneof(
          fc
            .date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true })
            .map((date) => date.toISOString()),
          value
        ),
        latitude: fc.oneof(fc.double({ min: -200, max: 200, noNaN: true }), value),
        people: fc.oneof(
          fc.array(fc.record({ role: value, name: value }), { maxLength: 2 }),
          value
        ),
      },
      { requiredKeys: [] }
    )

    await fc.assert(
      fc.asyncProperty(body, async (payload) => {
        const response = await client
          .post('/api/v1/incidents')
          .withGuard('api')
          .loginAs(reporter)
          .json(payload)
        assert.oneOf(response.status(), [201, 422], JSON.stringify(payload))
        if (response.status() === 422) {
          for (const error of response.body().errors) {
            assert.isString(error.field)
            assert.isNotEmpty(error.message)
          }
        }
      }),
      { numRuns: 60 }
    )
  }).timeout(120_000)
})
