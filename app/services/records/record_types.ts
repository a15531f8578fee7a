import type User from '#models/user'

/**
 * How the shared mechanisms (attachments, comments, audit views) reach a
 * module's records without knowing them: each module registers its record
 * type once (see start/records.ts) with a finder and its read/update rules.
 */
export type RecordType<Row = unknown> = {
  find(id: number): Promise<Row | null>
  canRead(user: User, row: Row): Promise<boolean>
  canUpdate(user: User, row: Row): Promise<boolean>
  /** Dispatches the module's own event after a comment committed. */
  commented?(row: Row, entryId: number, actorId: number | null): void
}

const registry = new Map<string, RecordType<any>>()

export const RecordTypes = {
  register<Row>(name: string, definition: RecordType<Row>) {
    registry.set(name, definition)
  },

  get(name: string): RecordType<unknown> | undefined {
    return registry.get(name)
  },

  names() {
    return [...registry.keys()]
  },
}
