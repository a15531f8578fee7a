import { test } from '@japa/runner'
import { DateTime } from 'luxon'
import { formatNumber } from '#services/records/numbering'

test.group('formatNumber', () => {
  const date = DateTime.fromISO('2026-12-03T10:00:00Z')

  test('fills the default incident pattern', ({ assert }) => {
    assert.equal(formatNumber('INC-{yyyy}-{seq}', { seq: 7, date }), 'INC-2026-0007')
  })

  test("fills the original client's pattern with type and month", ({ assert }) => {
    assert.equal(
      formatNumber('{seq}/HSE-{type}/{mm}/{yyyy}', { seq: 1, date, type: 'Accident' }),
      '0001/HSE-Accident/12/2026'
    )
  })

  test('honours an explicit sequence width and grows past it', ({ assert }) => {
    assert.equal(formatNumber('CA{seq:6}', { seq: 42, date }), 'CA000042')
    assert.equal(formatNumber('INC-{seq}', { seq: 123456, date }), 'INC-123456')
  })
})
