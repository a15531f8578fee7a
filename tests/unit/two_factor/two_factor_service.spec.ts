import { test } from '@japa/runner'
import db from '@adonisjs/lucid/services/db'
import testUtils from '@adonisjs/core/services/test_utils'
import User from '#models/user'
import SecurityEvent from '#models/security_event'
import { TwoFactorService } from '#services/two_factor_service'
import { demoEmail } from '#app/data/roles'
import {
  clearLimits,
  codeAt,
  enforceTwoFactor,
  enrolledDemoUser,
} from '#tests/functional/two_factor/support'

test.group('TwoFactorService / enrolment', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())
  group.each.setup(() => clearLimits())

  test('keeps one pending secret, encrypted at rest, until a code confirms it', async ({
    assert,
  }) => {
    const user = await User.findByOrFail('email', demoEmail('inspector'))
    const secret = await TwoFactorService.pendingSecret(user)
    assert.match(secret, /^[A-Z2-7]{32}$/)
    assert.equal(await TwoFactorService.pendingSecret(user), secret)

    const stored = await db.from('users').where('id', user.id).first()
    assert.notInclude(stored.two_factor_secret, secret)
    assert.isNull(stored.two_factor_enabled_at)

    assert.isNull(await TwoFactorService.enable(user, '000000'))
    assert.isNull(user.twoFactorEnabledAt)
    assert.isNotNull(await TwoFactorService.enable(user, codeAt(secret)))
    assert.isNotNull(user.twoFactorEnabledAt)
  })

  test('returns ten distinct recovery codes and stores only their SHA-256 hashes', async ({
    assert,
  }) => {
    const { user, recoveryCodes } = await enrolledDemoUser('inspector')
    assert.lengthOf(recoveryCodes, 10)
    assert.lengthOf(new Set(recoveryCodes), 10)
    for (const code of recoveryCodes) assert.match(code, /^[a-z2-9]{5}-[a-z2-9]{5}$/)

    const row = await db.from('users').where('id', user.id).first()
    const stored: string[] = row.two_factor_recovery_codes
    assert.lengthOf(stored, 10)
    for (const digest of stored) assert.match(digest, /^[0-9a-f]{64}$/)
    assert.notIncludeMembers(stored, recoveryCodes)
    assert.equal(TwoFactorService.recoveryCodesLeft(user), 10)
  })

  test('renders the otpauth URI as an SVG data URL', async ({ assert }) => {
    const user = await User.findByOrFail('email', demoEmail('inspector'))
    const secret = await TwoFactorService.pendingSecret(user)
    const qr = await TwoFactorService.qrCode(user, secret)
    assert.match(qr, /^data:image\/svg\+xml;base64,/)
    const svg = Buffer.from(qr.split(',')[1], 'base64').toString()
    assert.include(svg, '<svg')
    assert.include(svg, '<path')
  })
})

test.group('TwoFactorService / verification', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())
  group.each.setup(() => clearLimits())

  test('refuses a TOTP code a second time (replay) and older codes after a newer one', async ({
    assert,
  }) => {
    const { user, secret } = await enrolledDemoUser()
    const current = codeAt(secret)
    assert.equal(await TwoFactorService.verify(user, current), 'totp')
    assert.isNull(await TwoFactorService.verify(user, current), 'same code again')

    assert.equal(await TwoFactorService.verify(user, codeAt(secret, 1)), 'totp')
    assert.isNull(await TwoFactorService.verify(user, current), 'older step after a newer one')
  })

  test('accepts each recovery code once, whatever its case and dashes', async ({ assert }) => {
    const { user, recoveryCodes } = await enrolledDemoUser()
    const [first, second] = recoveryCodes

    assert.equal(await TwoFactorService.verify(user, first), 'recovery')
    assert.isNull(await TwoFactorService.verify(user, first))
    assert.equal(
      await TwoFactorService.verify(user, ` ${second.replace('-', '').toUpperCase()} `),
      'recovery'
    )
    assert.equal(TwoFactorService.recoveryCodesLeft(user), 8)
    const stored = await db.from('users').where('id', user.id).first()
    assert.lengthOf(stored.two_factor_recovery_codes, 8)
    assert.isTrue(await TwoFactorService.verifyLogin(user, recoveryCodes[2]))
  })

  test('blocks the user after ten failures, even with a right code', async ({ assert }) => {
    const { user, secret } = await enrolledDemoUser()
    for (let attempt = 0; attempt < 10; attempt++) {
      assert.isNull(await TwoFactorService.verify(user, 'aaaaa-aaaaa'))
    }
    assert.isAbove(await TwoFactorService.lockedFor(user), 0)
    assert.isNull(await TwoFactorService.verify(user, codeAt(secret)))
  })

  test('verifies nothing for a user without two-factor', async ({ assert }) => {
    const user = await User.findByOrFail('email', demoEmail('viewer'))
    assert.isFalse(await TwoFactorService.verifyLogin(user, '123456'))
  })
})

test.group('TwoFactorService / management', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())
  group.each.setup(() => clearLimits())

  test('disables only with the current password', async ({ assert }) => {
    const { user } = await enrolledDemoUser()
    assert.isFalse(await TwoFactorService.disable(user, 'not-the-password'))
    assert.isNotNull(user.twoFactorEnabledAt)
    assert.isTrue(await TwoFactorService.disable(user, 'Harmoni360!demo'))
    const stored = await db.from('users').where('id', user.id).first()
    assert.isNull(stored.two_factor_secret)
    assert.isNull(stored.two_factor_recovery_codes)
    assert.isNull(stored.two_factor_enabled_at)
    assert.isNull(stored.two_factor_last_step)
  })

  test('regenerates recovery codes: the old ones stop working', async ({ assert }) => {
    const { user, recoveryCodes } = await enrolledDemoUser()
    assert.isNull(await TwoFactorService.regenerateRecoveryCodes(user, 'wrong'))
    const fresh = await TwoFactorService.regenerateRecoveryCodes(user, 'Harmoni360!demo')
    assert.lengthOf(fresh!, 10)
    assert.isNull(await TwoFactorService.verify(user, recoveryCodes[0]))
    assert.equal(await TwoFactorService.verify(user, fresh![0]), 'recovery')
  })

  test('an admin reset clears everything and is logged with the actor', async ({ assert }) => {
    const { user } = await enrolledDemoUser()
    const admin = await User.findByOrFail('email', demoEmail('admin'))
    await TwoFactorService.reset(user, admin)

    await user.refresh()
    assert.isNull(user.twoFactorEnabledAt)
    assert.isNull(user.twoFactorSecret)
    assert.isNull(user.twoFactorRecoveryCodes)
    const event = await SecurityEvent.query()
      .where('event', 'two_factor.reset')
      .where('user_id', user.id)
      .firstOrFail()
    assert.equal(event.actorId, admin.id)
  })
})

test.group('TwoFactorService / enforcement', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('is off in tests unless TWO_FACTOR_ENFORCE says otherwise', async ({ assert, cleanup }) => {
    cleanup(enforceTwoFactor('true'))
    assert.isTrue(TwoFactorService.enforced())
    delete process.env.TWO_FACTOR_ENFORCE
    assert.isFalse(TwoFactorService.enforced(), 'NODE_ENV=test without the variable')
    process.env.TWO_FACTOR_ENFORCE = 'false'
    assert.isFalse(TwoFactorService.enforced())
  })

  test('requires enrolment for roles flagged requires_two_factor only', async ({
    assert,
    cleanup,
  }) => {
    cleanup(enforceTwoFactor('true'))
    const admin = await User.findByOrFail('email', demoEmail('admin'))
    const superAdmin = await User.findByOrFail('email', demoEmail('super_admin'))
    const reporter = await User.findByOrFail('email', demoEmail('reporter'))
    assert.isTrue(await TwoFactorService.enrolmentRequired(admin))
    assert.isTrue(await TwoFactorService.enrolmentRequired(superAdmin))
    assert.isFalse(await TwoFactorService.enrolmentRequired(reporter))

    await db.from('roles').where('name', 'reporter').update({ requires_two_factor: true })
    assert.isTrue(await TwoFactorService.enrolmentRequired(reporter))
  })

  test('no longer requires enrolment once enrolled', async ({ assert, cleanup }) => {
    cleanup(enforceTwoFactor('true'))
    const { user } = await enrolledDemoUser('admin')
    assert.isFalse(await TwoFactorService.enrolmentRequired(user))
  })
})
