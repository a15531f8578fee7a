import type User from '#models/user'
import type { PermissionModule } from '#app/data/permissions'

/** What other mechanisms (corrective actions) need to know about one record. */
export type RecordSummary = {
  siteId: number | null
  /** The record's responsible manager, who may verify its corrective actions */
  managerId: number | null
  /** A short human reference, such as the record's number */
  label: string
}

/**
 * How the shared mechanisms (attachments, comments, audit views, corrective
 * actions) reach a module's records without knowing them: each module
 * registers its record type once (see start/records.ts) with a finder and
 * its read/update rules.
 */
export type RecordType<Row = unknown> = {
  /** The permission module the records belong to (approve on it verifies their actions). */
  module?: PermissionModule
  find(id: number): Promise<Row | null>
  canRead(user: User, row: Row): Promise<boolean>
  canUpdate(user: User, row: Row): Promise<boolean>
  /** Site, manager and label, for mechanisms that act on the record. */
  summarise?(row: Row): RecordSummary
  /** Dispatches the module's own event after a comment committed. */
  commented?(row: Row, entryId: number, actorId: number | null): void | Promise<unknown>
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
