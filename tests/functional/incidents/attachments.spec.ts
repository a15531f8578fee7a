import { open } from 'node:fs/promises'
import { join } from 'node:path'
import { test } from '@japa/runner'
import app from '@adonisjs/core/services/app'
import testUtils from '@adonisjs/core/services/test_utils'
import Attachment from '#models/attachment'
import { demo, fixtureFile, otherSite, report, userWith } from '#tests/functional/incidents/support'

/** A JPEG header followed by 21 MB of nothing: over the 20 MB image limit. */
async function oversizeJpeg() {
  const path = join(app.tmpPath('incident-fixtures'), 'huge.jpg')
  await fixtureFile('jpeg')
  const handle = await open(path, 'w')
  await handle.write(Buffer.from([0xff, 0xd8, 0xff, 0xe0]))
  await handle.truncate(21 * 1024 * 1024)
  await handle.close()
  return path
}

test.group('Incidents / attachments', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  const upload = (client: any, user: any, id: number, ...paths: string[]) => {
    const request = client
      .post(`/api/v1/records/incident/${id}/attachments`)
      .withGuard('api')
      .loginAs(user)
    for (const path of paths) request.file('files', path)
    return request
  }

  test('the same file name twice is stored under two keys', async ({ client, assert }) => {
    const reporter = await demo('reporter')
    const incident = await report(reporter)
    const photo = await fixtureFile('jpeg')
    const first = await upload(client, reporter, incident.id, photo)
    const second = await upload(client, reporter, incident.id, photo)
    first.assertStatus(201)
    second.assertStatus(201)
    const rows = await Attachment.query().where({
      subject_type: 'incident',
      subject_id: incident.id,
    })
    assert.lengthOf(rows, 2)
    assert.deepEqual(
      rows.map((row) => row.originalName),
      ['photo.jpg', 'photo.jpg']
    )
    assert.notEqual(rows[0].storageKey, rows[1].storageKey)
    assert.notInclude(rows[0].storageKey, 'photo')
  })

  test('an oversize photo gets 422 naming the file and the limit', async ({ client, assert }) => {
    const reporter = await demo('reporter')
    const incident = await report(reporter)
    const response = await upload(client, reporter, incident.id, await oversizeJpeg())
    response.assertStatus(422)
    assert.equal(response.body().errors[0].code, 'fileSize')
    assert.include(response.body().errors[0].message, 'huge.jpg')
    assert.include(response.body().errors[0].message, '20 MB')
  }).timeout(30_000)

  test('another site’s attachment is a 403 without rights, a download with them', async ({
    client,
    assert,
  }) => {
    const north = await otherSite()
    const northReporter = await userWith('reporter', [north.site.id])
    const incident = await report(northReporter, {
      siteId: north.site.id,
      locationId: north.location.id,
    })
    const uploaded = await upload(client, northReporter, incident.id, await fixtureFile('jpeg'))
    uploaded.assertStatus(201)
    const attachment = await Attachment.findByOrFail('subject_id', incident.id)

    const denied = await client
      .get(`/api/v1/attachments/${attachment.id}`)
      .withGuard('api')
      .loginAs(await demo('incident_manager'))
    denied.assertStatus(403)

    const allowed = await client
      .get(`/api/v1/attachments/${attachment.id}`)
      .withGuard('api')
      .loginAs(northReporter)
    allowed.assertStatus(200)
    assert.include(allowed.header('content-disposition'), 'attachment; filename="photo.jpg"')
  })
})
