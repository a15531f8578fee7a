import { test } from '@japa/runner'
import User from '#models/user'
import { Channels } from '#services/realtime/channels'

const user = (id: number, status: 'active' | 'disabled' = 'active') =>
  Object.assign(new User(), { id, status })

test.group('Realtime / channel definitions', () => {
  test('{channel} is {verdict} for user 7')
    .with([
      { channel: 'users/7/notifications', verdict: 'allowed' },
      { channel: 'users/8/notifications', verdict: 'refused' },
      { channel: 'users/07/notifications', verdict: 'refused' },
      { channel: 'users/7/notifications/', verdict: 'refused' },
      { channel: 'users//notifications', verdict: 'refused' },
      { channel: 'users/7', verdict: 'refused' },
      { channel: 'incidents/1', verdict: 'refused' },
      { channel: 'incidents/abc', verdict: 'refused' },
      { channel: 'dashboard/x', verdict: 'refused' },
      { channel: 'anything/else', verdict: 'refused' },
    ])
    .run(async ({ assert }, { channel, verdict }) => {
      assert.equal(await Channels.canSubscribe(user(7), channel), verdict === 'allowed')
    })

  test('a channel name over 200 characters is refused', async ({ assert }) => {
    assert.isFalse(await Channels.canSubscribe(user(7), `users/7/${'x'.repeat(300)}`))
  })

  test('a disabled user is refused even their own channel', async ({ assert }) => {
    assert.isFalse(await Channels.canSubscribe(user(7, 'disabled'), 'users/7/notifications'))
    assert.isFalse(await Channels.canSubscribe(undefined, 'users/7/notifications'))
  })

  test('the three channels of the issue are defined', ({ assert }) => {
    assert.sameMembers(Channels.patterns(), [
      'users/:id/notifications',
      'incidents/:id',
      'dashboard/:siteId',
    ])
  })
})
