import { test } from '@japa/runner'
import SecurityEventPolicy from '#policies/security_event_policy'
import { demoUser, isolate } from '#tests/helpers/identity'
import { ALLOWED, DENIED, verdict } from './support.js'

const policy = new SecurityEventPolicy()

test.group('SecurityEventPolicy', (group) => {
  isolate(group)

  test('viewList: administrators read the security log', async ({ assert }) => {
    for (const name of ['super_admin', 'admin']) {
      assert.deepEqual(await verdict(policy.viewList(await demoUser(name))), ALLOWED, name)
    }
  })

  test('viewList: everyone else is denied, managers included', async ({ assert }) => {
    for (const name of ['hse_manager', 'security_manager', 'reporter', 'viewer']) {
      assert.deepEqual(await verdict(policy.viewList(await demoUser(name))), DENIED, name)
    }
  })

  test('viewList: a disabled administrator is denied', async ({ assert }) => {
    const admin = await demoUser('admin')
    admin.status = 'disabled'
    assert.deepEqual(await verdict(policy.viewList(admin)), DENIED)
  })

  test('offers no action that changes the log', ({ assert }) => {
    const actions = Object.getOwnPropertyNames(SecurityEventPolicy.prototype).filter(
      (name) => name !== 'constructor'
    )
    assert.deepEqual(actions, ['viewList'])
  })
})
