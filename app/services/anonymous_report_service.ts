import { randomInt } from 'node:crypto'
import db from '@adonisjs/lucid/services/db'
import hash from '@adonisjs/core/services/hash'
import type { Infer } from '@vinejs/vine/types'
import Incident from '#models/incident'
import Location from '#models/location'
import IncidentCommented from '#events/incident_commented'
import { AuditTrail } from '#services/records/audit_trail'
import { Timeline } from '#services/records/timeline'
import { IncidentService, SUBJECT } from '#services/incident_service'
import type { anonymousReportValidator } from '#validators/incident'

/** No 0/O or 1/I/L: passcodes are read off a phone and typed again. */
const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789'
const PASSCODE_LENGTH = 10
/** Verifying against this keeps unknown numbers as slow as wrong passcodes. */
const DECOY = hash.make('decoy-passcode')

/** Nobody is recorded for anonymous reports: no user, no IP, no user agent. */
const NOBODY = { userId: null, ip: null, userAgent: null }

/**
 * Anonymous reports from a location's QR code. The reporter gets the
 * number and a passcode (stored hashed) to check the status and add
 * information later; nothing identifies them.
 */
export class AnonymousReportService {
  static async report(data: Infer<typeof anonymousReportValidator>) {
    const location = await Location.findOrFail(data.locationId)
    const passcode = Array.from(
      { length: PASSCODE_LENGTH },
      () => ALPHABET[randomInt(ALPHABET.length)]
    ).join('')
    const incident = await new IncidentService().report(
      { ...data, siteId: location.siteId },
      NOBODY,
      { passcodeHash: await hash.make(passcode) }
    )
    return { incident, passcode }
  }

  /** The incident when number and passcode match; null otherwise (same cost either way). */
  static async find(number: string, passcode: string) {
    const incident = await Incident.query()
      .where('number', number.toUpperCase())
      .where('is_anonymous', true)
      .first()
    const stored = incident?.anonymousPasscodeHash ?? (await DECOY)
    const valid = await hash.verify(stored, passcode.toUpperCase())
    return incident && valid ? incident : null
  }

  static async addInformation(incident: Incident, information: string) {
    const entry = await db.transaction(async (trx) => {
      const created = await Timeline.add(trx, {
        subjectType: SUBJECT,
        subjectId: incident.id,
        kind: 'comment',
        authorId: null,
        body: information,
        data: { anonymous: true },
      })
      await AuditTrail.record(trx, {
        subjectType: SUBJECT,
        subjectId: incident.id,
        action: 'commented',
        actor: NOBODY,
        changes: { comment: { old: null, new: information.slice(0, 500) } },
      })
      return created
    })
    await IncidentCommented.dispatch(incident, entry.id, null)
    return entry
  }
}
