import { test } from '@japa/runner'
import { deliveryFor, type DeliveryChannel } from '#services/notifications/kinds'

const cases: {
  chosen: DeliveryChannel | undefined
  urgent: boolean
  inApp: boolean
  email: boolean
}[] = [
  { chosen: 'both', urgent: false, inApp: true, email: true },
  { chosen: 'in_app', urgent: false, inApp: true, email: false },
  { chosen: 'email', urgent: false, inApp: false, email: true },
  { chosen: 'none', urgent: false, inApp: false, email: false },
  { chosen: 'none', urgent: true, inApp: true, email: false },
  { chosen: 'email', urgent: true, inApp: true, email: true },
  { chosen: 'in_app', urgent: true, inApp: true, email: false },
  { chosen: 'digest', urgent: false, inApp: true, email: false },
  { chosen: 'digest', urgent: true, inApp: true, email: true },
]

test.group('Notification preferences', () => {
  test('{chosen} (urgent: {urgent}) → in-app {inApp}, email {email}')
    .with(cases)
    .run(({ assert }, { chosen, urgent, inApp, email }) => {
      assert.deepEqual(deliveryFor('incident.reported', chosen, urgent), { inApp, email })
    })

  test('without a choice the kind default applies', ({ assert }) => {
    assert.deepEqual(deliveryFor('incident.reported', undefined, false), {
      inApp: true,
      email: true,
    })
    assert.deepEqual(deliveryFor('record.commented', undefined, false), {
      inApp: true,
      email: false,
    })
  })
})
