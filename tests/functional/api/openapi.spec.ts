import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import { openApiDocument } from '#app/data/openapi'
import { declaredRoutes } from '#tests/helpers/routes'
import { schemaProblems } from '#tests/helpers/json_schema'
import { demo, fixtureFile, report } from '#tests/functional/incidents/support'

type Operation = { responses: Record<string, any> }
const document = openApiDocument as unknown as {
  paths: Record<string, Record<string, Operation>>
  components: { schemas: Record<string, any> }
}

/** The documented schema of one response. */
function schemaOf(path: string, method: string, status: number) {
  const response = document.paths[path][method].responses[status]
  if (!response) throw new Error(`${method.toUpperCase()} ${path} documents no ${status}`)
  return response.content['application/json'].schema
}

test.group('API / OpenAPI document', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('is served at /api/v1/openapi.json', async ({ client, assert }) => {
    const response = await client.get('/api/v1/openapi.json')
    response.assertStatus(200)
    assert.equal(response.body().openapi, '3.1.0')
    assert.deepEqual(response.body().paths, JSON.parse(JSON.stringify(document.paths)))
  })

  test('the schema check notices undocumented and wrongly typed fields', ({ assert }) => {
    const abilities = document.components.schemas.Abilities
    const can = { edit: true, comment: true, triage: false, investigate: false }
    const problems = schemaProblems(document, abilities, { ...can, extra: 1, close: 'no' })
    assert.includeMembers(problems, [
      '$.extra: not documented',
      '$.actionsPending: missing',
      '$.close: expected boolean, got "no"',
    ])
  })

  test('every documented operation is a route of the API', ({ assert }) => {
    const routes = new Set(
      declaredRoutes().map((route) => `${route.method.toLowerCase()} ${route.pattern}`)
    )
    for (const [path, operations] of Object.entries(document.paths)) {
      for (const method of Object.keys(operations)) {
        const pattern = path.replace(/\{(\w+)\}/g, ':$1')
        assert.isTrue(routes.has(`${method} ${pattern}`), `${method.toUpperCase()} ${path}`)
      }
    }
  })

  test('real responses match their documented schemas', async ({ client, assert }) => {
    const reporter = await demo('reporter')
    const manager = await demo('incident_manager')
    const check = (path: string, method: string, status: number, body: unknown) =>
      assert.deepEqual(schemaProblems(document, schemaOf(path, method, status), body), [])
    const api = (user = reporter) => ({
      get: (url: string) => client.get(url).withGuard('api').loginAs(user),
      post: (url: string) => client.post(url).withGuard('api').loginAs(user),
    })

    const existing = await report(reporter)
    const created = await api()
      .post('/api/v1/incidents')
      .json({
        type: 'near_miss',
        description: 'Cable across the walkway',
        siteId: existing.siteId,
        people: [{ role: 'witness', name: 'Budi' }],
      })
    created.assertStatus(201)
    check('/api/v1/incidents', 'post', 201, created.body())
    const id = created.body().data.id

    const list = await api().get('/api/v1/incidents')
    check('/api/v1/incidents', 'get', 200, list.body())
    const invalid = await api().get('/api/v1/incidents?status=nope')
    check('/api/v1/incidents', 'get', 422, invalid.body())

    const shown = await api().get(`/api/v1/incidents/${id}`)
    check('/api/v1/incidents/{id}', 'get', 200, shown.body())
    const hidden = await api(await demo('viewer')).get(`/api/v1/incidents/${id + 1000}`)
    check('/api/v1/incidents/{id}', 'get', 404, hidden.body())

    const updated = await client
      .put(`/api/v1/incidents/${id}`)
      .withGuard('api')
      .loginAs(reporter)
      .json({ title: 'Cable' })
    check('/api/v1/incidents/{id}', 'put', 200, updated.body())

    const illegal = await api(manager)
      .post(`/api/v1/incidents/${id}/transitions`)
      .json({ to: 'closed' })
    check('/api/v1/incidents/{id}/transitions', 'post', 422, illegal.body())
    const triaged = await api(manager).post(`/api/v1/incidents/${id}/transitions`).json({
      to: 'triaged',
      type: 'near_miss',
      actualSeverity: 1,
      potentialSeverity: 3,
      responsibleManagerId: manager.id,
      investigatorId: manager.id,
    })
    check('/api/v1/incidents/{id}/transitions', 'post', 200, triaged.body())

    const comment = await api().post(`/api/v1/records/incident/${id}/comments`).json({ body: 'Hi' })
    check('/api/v1/records/{type}/{id}/comments', 'post', 201, comment.body())

    const files = await api()
      .post(`/api/v1/records/incident/${id}/attachments`)
      .file('files', await fixtureFile('jpeg'))
    check('/api/v1/records/{type}/{id}/attachments', 'post', 201, files.body())
    const refused = await api()
      .post(`/api/v1/records/incident/${id}/attachments`)
      .file('files', await fixtureFile('script'))
    check('/api/v1/records/{type}/{id}/attachments', 'post', 422, refused.body())
  })
})
