import { test } from '@japa/runner'
import { regulatoryClock, timeLeft } from '#services/osha/regulatory_clock'

const event = new Date('2026-06-01T09:00:00Z')

test.group('Regulatory reporting clocks (29 CFR 1904.39)', () => {
  test('a fatality must be reported within 8 hours, reminded at 4', ({ assert }) => {
    const clock = regulatoryClock(event, ['fatality'])!
    assert.equal(clock.hours, 8)
    assert.equal(clock.deadline.toISOString(), '2026-06-01T17:00:00.000Z')
    assert.equal(clock.halfTime.toISOString(), '2026-06-01T13:00:00.000Z')
  })

  test('hospitalisation, amputation and loss of an eye get 24 hours', ({ assert }) => {
    for (const outcome of ['hospitalisation', 'amputation', 'loss_of_eye'] as const) {
      assert.equal(regulatoryClock(event, [outcome])!.hours, 24)
    }
  })

  test('the strictest clock wins; no severe outcome means no clock', ({ assert }) => {
    assert.equal(regulatoryClock(event, ['amputation', 'fatality'])!.outcome, 'fatality')
    assert.isNull(regulatoryClock(event, []))
  })

  test('time left counts down and goes negative after the deadline', ({ assert }) => {
    const clock = regulatoryClock(event, ['fatality'])!
    assert.equal(timeLeft(clock, new Date('2026-06-01T16:00:00Z')), 60 * 60 * 1000)
    assert.isBelow(timeLeft(clock, new Date('2026-06-01T18:00:00Z')), 0)
  })
})
