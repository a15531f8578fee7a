import { test } from '@japa/runner'
import {
  lookupsFor,
  resolveRecipients,
  type Lookups,
  type NotificationEvent,
  type Recipient,
} from '#services/notifications/recipient_resolver'

/**
 * Site 1: HSE manager 10, incident manager 11. Site 2: HSE manager 20.
 * Organisation-wide HSE manager 30 (counts for every site).
 */
const directory: Lookups = ({ role, siteId }) => {
  const table: Record<string, number[]> = {
    'hse_manager@1': [10, 30],
    'incident_manager@1': [11],
    'hse_manager@2': [20, 30],
    'incident_manager@2': [],
    'hse_manager@*': [10, 20, 30],
  }
  return table[`${role}@${siteId ?? '*'}`] ?? []
}

const normal = (...ids: number[]): Recipient[] => ids.map((userId) => ({ userId, urgent: false }))

const cases: { name: string; event: NotificationEvent; expected: Recipient[] }[] = [
  {
    name: 'a reported incident goes to the site HSE and incident managers',
    event: { kind: 'incident.reported', siteId: 1, actorId: 99, severity: { actual: 2 } },
    expected: normal(10, 11, 30),
  },
  {
    name: 'actual severity 4 adds every HSE manager, urgent',
    event: { kind: 'incident.reported', siteId: 1, actorId: 99, severity: { actual: 4 } },
    expected: [
      { userId: 10, urgent: true },
      { userId: 11, urgent: false },
      { userId: 20, urgent: true },
      { userId: 30, urgent: true },
    ],
  },
  {
    name: 'potential severity 5 counts as severe too',
    event: { kind: 'incident.reported', siteId: 2, severity: { actual: 1, potential: 5 } },
    expected: [
      { userId: 10, urgent: true },
      { userId: 20, urgent: true },
      { userId: 30, urgent: true },
    ],
  },
  {
    name: 'severity 3 is not urgent',
    event: { kind: 'incident.reported', siteId: 2, severity: { actual: 3, potential: 3 } },
    expected: normal(20, 30),
  },
  {
    name: 'the reporting HSE manager is not notified of their own report',
    event: { kind: 'incident.reported', siteId: 1, actorId: 10, severity: { actual: 4 } },
    expected: [
      { userId: 11, urgent: false },
      { userId: 20, urgent: true },
      { userId: 30, urgent: true },
    ],
  },
  {
    name: 'an incident without a site reaches only the severe rule',
    event: { kind: 'incident.reported', siteId: null, severity: { actual: 1 } },
    expected: [],
  },
  {
    name: 'assignment goes to the assignee',
    event: { kind: 'incident.assigned', siteId: 1, actorId: 10, assigneeId: 42 },
    expected: normal(42),
  },
  {
    name: 'assigning oneself notifies nobody',
    event: { kind: 'incident.assigned', actorId: 42, assigneeId: 42 },
    expected: [],
  },
  {
    name: 'a status change goes to the reporter and the watchers, once each',
    event: {
      kind: 'incident.status_changed',
      actorId: 10,
      reporterId: 5,
      watcherIds: [5, 6, 10, 7],
    },
    expected: normal(5, 6, 7),
  },
  {
    name: 'a comment goes to the watchers but not its author',
    event: { kind: 'record.commented', actorId: 6, reporterId: 5, watcherIds: [6, 7] },
    expected: normal(7),
  },
  {
    name: 'a CAPA assignment goes to the assignee',
    event: { kind: 'capa.assigned', actorId: 10, assigneeId: 8, managerId: 9 },
    expected: normal(8),
  },
  {
    name: 'an overdue CAPA goes to the assignee (system event, no actor)',
    event: { kind: 'capa.overdue', assigneeId: 8, managerId: 9 },
    expected: normal(8),
  },
  {
    name: 'an escalated CAPA goes to the manager',
    event: { kind: 'capa.escalated', assigneeId: 8, managerId: 9 },
    expected: normal(9),
  },
  {
    name: 'missing people are skipped',
    event: { kind: 'capa.escalated', assigneeId: 8, managerId: null },
    expected: [],
  },
]

test.group('Recipient resolver', () => {
  test('{name}')
    .with(cases)
    .run(({ assert }, { event, expected }) => {
      assert.deepEqual(resolveRecipients(event, directory), expected)
    })

  test('asks only for the role lookups the matching rules need', ({ assert }) => {
    assert.deepEqual(lookupsFor({ kind: 'incident.assigned', siteId: 1, assigneeId: 2 }), [])
    assert.deepEqual(
      lookupsFor({ kind: 'incident.reported', siteId: 3, severity: { actual: 1 } }),
      [
        { role: 'hse_manager', siteId: 3 },
        { role: 'incident_manager', siteId: 3 },
      ]
    )
    assert.deepEqual(
      lookupsFor({ kind: 'incident.reported', siteId: 3, severity: { potential: 4 } }).at(-1),
      { role: 'hse_manager', siteId: null }
    )
  })
})
