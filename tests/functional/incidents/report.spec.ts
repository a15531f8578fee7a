import { test } from '@japa/runner'
import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import testUtils from '@adonisjs/core/services/test_utils'
import Incident from '#models/incident'
import Attachment from '#models/attachment'
import { demo, fixtureFile, mainSite, report } from '#tests/functional/incidents/support'

test.group('Incidents / quick report', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('a reporter sends a quick report with a photo and gets its number', async ({
    client,
    assert,
  }) => {
    const reporter = await demo('reporter')
    const { site, location } = await mainSite()
    const response = await client
      .post('/incidents')
      .loginAs(reporter)
      .withCsrfToken()
      .redirects(0)
      .fields({
        type: 'near_miss',
        description: 'Wet floor near the science lab, no sign',
        siteId: String(site.id),
        locationId: String(location.id),
      })
      .file('photos', await fixtureFile('jpeg'))

    response.assertStatus(302)
    const incident = await Incident.query().where('reporter_id', reporter.id).firstOrFail()
    assert.match(incident.number, new RegExp(`^INC-${DateTime.now().year}-\\d{4}$`))
    assert.equal(response.header('location'), `/incidents/${incident.id}`)
    assert.equal(incident.status, 'reported')
    assert.equal(incident.title, 'Wet floor near the science lab, no sign')
    assert.isTrue(Math.abs(incident.occurredAt.diffNow('minutes').minutes) < 2)

    const photos = await Attachment.query().where({
      subject_type: 'incident',
      subject_id: incident.id,
    })
    assert.lengthOf(photos, 1)
    const kinds = await db
      .from('timeline_entries')
      .where({ subject_type: 'incident', subject_id: incident.id })
      .select('kind')
    assert.deepEqual(
      kinds.map((row) => row.kind),
      ['created']
    )

    const page = await client.get(`/incidents/${incident.id}`).loginAs(reporter).withInertia()
    page.assertStatus(200)
    page.assertInertiaComponent('incidents/show')
    assert.equal(page.inertiaProps.incident.number, incident.number)
    assert.isFalse(page.inertiaProps.incident.can.triage)
    assert.isTrue(page.inertiaProps.incident.can.comment)
  })

  test('the quick report page offers every site with its locations', async ({ client, assert }) => {
    const response = await client
      .get('/incidents/report')
      .loginAs(await demo('viewer'))
      .withInertia()
    response.assertStatus(200)
    response.assertInertiaComponent('incidents/create')
    const { site, location } = await mainSite()
    const offered = response.inertiaProps.sites.find((s: { id: number }) => s.id === site.id)
    assert.deepInclude(offered.locations, { id: location.id, name: location.name })
    assert.includeMembers(response.inertiaProps.vocabulary.types, ['near_miss', 'fire'])
  })

  test('a script named .jpg is refused with a message naming it, and nothing is stored', async ({
    client,
    assert,
  }) => {
    const reporter = await demo('reporter')
    const { site } = await mainSite()
    const before = await Incident.query().count('* as total')
    const response = await client
      .post('/api/v1/incidents')
      .withGuard('api')
      .loginAs(reporter)
      .fields({ type: 'fire', description: 'Smoke from the bin', siteId: String(site.id) })
      .file('photos', await fixtureFile('script'))

    response.assertStatus(422)
    const [error] = response.body().errors
    assert.equal(error.code, 'fileType')
    assert.equal(error.field, 'photos.0')
    assert.include(error.message, 'evil.jpg')
    const after = await Incident.query().count('* as total')
    assert.equal(after[0].$extras.total, before[0].$extras.total)
    assert.isNull(await Attachment.query().where('original_name', 'evil.jpg').first())
  })

  test('the number follows the organisation’s configured pattern', async ({ assert }) => {
    await db.from('organisations').update({
      settings: JSON.stringify({ numbering: { incident: '{seq}/HSE-{type}/{mm}/{yyyy}' } }),
    })
    const reporter = await demo('reporter')
    const incident = await report(reporter, { type: 'fire' })
    const now = DateTime.now()
    assert.match(
      incident.number,
      new RegExp(`^\\d{4}/HSE-fire/${String(now.month).padStart(2, '0')}/${now.year}$`)
    )
    assert.equal(incident.reporterId, reporter.id)
  })

  test('the edit page saves the people involved, replacing the previous list', async ({
    client,
    assert,
  }) => {
    const reporter = await demo('reporter')
    const incident = await report(reporter, { type: 'injury_illness' })
    const page = await client.get(`/incidents/${incident.id}/edit`).loginAs(reporter).withInertia()
    page.assertStatus(200)
    page.assertInertiaComponent('incidents/edit')

    const response = await client
      .put(`/incidents/${incident.id}`)
      .loginAs(reporter)
      .withCsrfToken()
      .redirects(0)
      .json({
        people: [
          {
            role: 'injured',
            name: 'Sari Dewi',
            personType: 'student',
            bodyPart: 'Left hand',
            natureOfInjury: 'Cut',
            treatment: 'first_aid',
            daysAway: 0,
            daysRestricted: 1,
          },
          { role: 'witness', userId: reporter.id },
        ],
      })
    response.assertStatus(302)
    await incident.load('people')
    assert.sameMembers(
      incident.people.map((person) => person.role),
      ['injured', 'witness']
    )
    const injured = incident.people.find((person) => person.role === 'injured')!
    assert.containsSubset(injured.serialize(), { treatment: 'first_aid', daysRestricted: 1 })
  })
})
