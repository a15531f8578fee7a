import { test } from '@japa/runner'
import {
  FIRST_AID_TREATMENTS,
  assessRecordability,
  calendarDaysBetween,
  logName,
  type RecordabilityAnswers,
} from '#services/osha/recordability'

/** A work-related new case with nothing else: each row changes what it needs. */
const base: RecordabilityAnswers = {
  workRelated: true,
  newCase: true,
  death: false,
  daysAway: 0,
  daysRestricted: 0,
  lossOfConsciousness: false,
  diagnosis: null,
  treatments: [],
}

const cases: {
  title: string
  answers: Partial<RecordabilityAnswers>
  recordable: boolean
  rule: string
  classification: string | null
  daysAway?: number
}[] = [
  {
    title: 'a bandage only is first aid: not recordable',
    answers: { treatments: ['wound_covering'] },
    recordable: false,
    rule: '1904.7(b)(5)(ii)',
    classification: null,
  },
  {
    title: 'sutures are medical treatment: recordable',
    answers: { treatments: ['wound_cleaning', 'sutures'] },
    recordable: true,
    rule: '1904.7(b)(5)',
    classification: 'other_recordable',
  },
  {
    title: 'prescription-strength medication is medical treatment',
    answers: { treatments: ['non_prescription_at_prescription_strength'] },
    recordable: true,
    rule: '1904.7(b)(5)',
    classification: 'other_recordable',
  },
  {
    title: 'loss of consciousness is recordable',
    answers: { lossOfConsciousness: true },
    recordable: true,
    rule: '1904.7(b)(6)',
    classification: 'other_recordable',
  },
  {
    title: 'a fracture diagnosed with no treatment is recordable',
    answers: { diagnosis: 'fracture' },
    recordable: true,
    rule: '1904.7(b)(7)',
    classification: 'other_recordable',
  },
  {
    title: 'one day away is recordable with days away',
    answers: { daysAway: 1, treatments: ['hot_cold_therapy'] },
    recordable: true,
    rule: '1904.7(b)(3)',
    classification: 'days_away',
    daysAway: 1,
  },
  {
    title: '200 days away are counted as 180',
    answers: { daysAway: 200 },
    recordable: true,
    rule: '1904.7(b)(3)',
    classification: 'days_away',
    daysAway: 180,
  },
  {
    title: 'restricted work is recordable in column I',
    answers: { daysRestricted: 4 },
    recordable: true,
    rule: '1904.7(b)(4)',
    classification: 'restricted',
  },
  {
    title: 'a job transfer without counted days is still restricted',
    answers: { jobTransfer: true },
    recordable: true,
    rule: '1904.7(b)(4)',
    classification: 'restricted',
  },
  {
    title: 'a death is recordable in column G, whatever else happened',
    answers: { death: true, daysAway: 3 },
    recordable: true,
    rule: '1904.7(b)(2)',
    classification: 'death',
  },
  {
    title: 'medical treatment with days away is classified as days away',
    answers: { daysAway: 2, treatments: ['sutures'] },
    recordable: true,
    rule: '1904.7(b)(3)',
    classification: 'days_away',
  },
  {
    title: 'a case that is not work-related is not recordable',
    answers: { workRelated: false, daysAway: 10 },
    recordable: false,
    rule: '1904.5',
    classification: null,
  },
  {
    title: 'a recurrence that is not a new case is not recordable',
    answers: { newCase: false, treatments: ['sutures'] },
    recordable: false,
    rule: '1904.6',
    classification: null,
  },
  {
    title: 'no outcome at all meets no general criterion',
    answers: {},
    recordable: false,
    rule: '1904.7(a)',
    classification: null,
  },
]

test.group('OSHA recordability (29 CFR 1904.7)', () => {
  for (const row of cases) {
    test(row.title, ({ assert }) => {
      const decision = assessRecordability({ ...base, ...row.answers })
      assert.equal(decision.recordable, row.recordable)
      assert.equal(decision.rule, row.rule)
      assert.equal(decision.classification, row.classification)
      if (row.daysAway !== undefined) assert.equal(decision.daysAway, row.daysAway)
    })
  }

  test('any combination of the 14 first-aid treatments alone stays first aid', ({ assert }) => {
    assert.lengthOf(FIRST_AID_TREATMENTS, 14)
    const decision = assessRecordability({ ...base, treatments: [...FIRST_AID_TREATMENTS] })
    assert.isFalse(decision.recordable)
    assert.equal(decision.reason, 'first_aid_only')
  })

  test('days are calendar days from the day after the injury, capped at 180', ({ assert }) => {
    assert.equal(calendarDaysBetween('2026-03-02', '2026-03-04'), 1)
    assert.equal(calendarDaysBetween('2026-03-02', '2026-03-03'), 0)
    assert.equal(calendarDaysBetween('2026-02-27', '2026-03-02'), 2)
    assert.equal(calendarDaysBetween('2026-01-01', '2026-12-31'), 180)
  })

  test('a privacy case omits the name on the 300 log', ({ assert }) => {
    assert.equal(logName('Sari Wulandari', true), 'Privacy Case')
    assert.equal(logName('Sari Wulandari', false), 'Sari Wulandari')
  })
})
