import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import { demo, report } from '#tests/functional/incidents/support'

test.group('Incidents / CSV export', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('streams the filtered list as CSV for users with incidents.export', async ({
    client,
    assert,
  }) => {
    const reporter = await demo('reporter')
    const fire = await report(reporter, { type: 'fire', title: '=HYPERLINK("x"), "quoted"' })
    await report(reporter, { type: 'near_miss' })

    const response = await client
      .get('/incidents/export')
      .qs({ type: 'fire' })
      .loginAs(await demo('incident_manager'))
    response.assertStatus(200)
    assert.include(response.header('content-type'), 'text/csv')
    assert.match(response.header('content-disposition') ?? '', /^attachment; filename="incidents-/)
    const lines = response.text().trim().split('\r\n')
    assert.equal(lines[0].split(',')[0], 'number')
    assert.lengthOf(lines, 2)
    assert.include(lines[1], fire.number)
    assert.include(lines[1], `"'=HYPERLINK(""x""), ""quoted"""`)
  })

  test('is forbidden without the export permission', async ({ client }) => {
    const response = await client.get('/incidents/export').loginAs(await demo('reporter'))
    response.assertStatus(403)
  })
})
