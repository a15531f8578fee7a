import { test } from '@japa/runner'
import limiter from '@adonisjs/limiter/services/main'
import db from '@adonisjs/lucid/services/db'
import testUtils from '@adonisjs/core/services/test_utils'
import type { ApiClient } from '@japa/api-client'
import Incident from '#models/incident'
import { demo, mainSite } from '#tests/functional/incidents/support'

async function anonymousReport(client: ApiClient) {
  const { location } = await mainSite()
  const response = await client.post('/report').withCsrfToken().redirects(0).form({
    type: 'near_miss',
    description: 'Broken railing on the stairs',
    locationId: location.id,
  })
  response.assertStatus(302)
  return response.flashMessages().receipt as { number: string; passcode: string }
}

test.group('Incidents / anonymous QR reports', (group) => {
  group.each.setup(async () => {
    await limiter.clear()
    return testUtils.db().withGlobalTransaction()
  })

  test('a location’s QR form reports without recording who sent it', async ({ client, assert }) => {
    const { location } = await mainSite()
    const form = await client.get(`/report/location/${location.id}`).withInertia()
    form.assertStatus(200)
    form.assertInertiaComponent('anonymous_reports/create')
    assert.equal(form.inertiaProps.location.name, location.name)

    const receipt = await anonymousReport(client)
    assert.match(receipt.number, /^INC-\d{4}-\d{4}$/)
    assert.match(receipt.passcode, /^[A-Z2-9]{10}$/)

    const incident = await Incident.findByOrFail('number', receipt.number)
    assert.isTrue(incident.isAnonymous)
    assert.isNull(incident.reporterId)
    assert.equal(incident.siteId, location.siteId)
    assert.notEqual(incident.anonymousPasscodeHash, receipt.passcode)
    const audit = await db
      .from('audit_logs')
      .where({ subject_type: 'incident', subject_id: incident.id })
      .first()
    assert.isNull(audit.actor_id)
    assert.isNull(audit.ip_address)
    assert.isNull(audit.user_agent)
    assert.notProperty(audit.changes, 'anonymousPasscodeHash')
  })

  test('the right passcode shows the status and adds information; a wrong one is a 404', async ({
    client,
    assert,
  }) => {
    const receipt = await anonymousReport(client)
    const check = (passcode: string, information?: string) =>
      client
        .post('/report/status')
        .withCsrfToken()
        .withInertia()
        .form({ number: receipt.number, passcode, ...(information ? { information } : {}) })

    const right = await check(receipt.passcode.toLowerCase(), 'It was the second floor')
    right.assertStatus(200)
    assert.equal(right.inertiaProps.result.status, 'reported')
    assert.isTrue(right.inertiaProps.result.added)
    const incident = await Incident.findByOrFail('number', receipt.number)
    const comment = await db
      .from('timeline_entries')
      .where({ subject_type: 'incident', subject_id: incident.id, kind: 'comment' })
      .first()
    assert.equal(comment.body, 'It was the second floor')
    assert.isNull(comment.author_id)

    const wrong = await check('WRONGCODE9')
    assert.equal(wrong.status(), 404)
    const unknown = await client
      .post('/report/status')
      .withCsrfToken()
      .withInertia()
      .form({ number: 'INC-1999-9999', passcode: receipt.passcode })
    assert.equal(unknown.status(), 404)
  })

  test('staff never see an anonymous reporter', async ({ client, assert }) => {
    const receipt = await anonymousReport(client)
    const incident = await Incident.findByOrFail('number', receipt.number)
    const response = await client
      .get(`/api/v1/incidents/${incident.id}`)
      .withGuard('api')
      .loginAs(await demo('incident_manager'))
    response.assertStatus(200)
    assert.isNull(response.body().data.reporter)
    assert.isTrue(response.body().data.isAnonymous)
  })

  test('the public endpoints are rate-limited', async ({ client, assert }) => {
    const statuses: number[] = []
    for (let attempt = 0; attempt < 12; attempt++) {
      const response = await client
        .post('/report/status')
        .withCsrfToken()
        .header('accept', 'application/json')
        .form({ number: 'INC-1999-0001', passcode: 'ABCDEFGHJK' })
      statuses.push(response.status())
    }
    assert.includeMembers(statuses, [404, 429])
    assert.equal(statuses.at(-1), 429)
  })

  test('a manager prints the QR code of a location', async ({ client, assert }) => {
    const { location } = await mainSite()
    const response = await client
      .get(`/incidents/locations/${location.id}/qr`)
      .loginAs(await demo('incident_manager'))
      .withInertia()
    response.assertStatus(200)
    assert.include(response.inertiaProps.url, `/report/location/${location.id}`)
    assert.include(response.inertiaProps.svg, '<svg')
  })
})
