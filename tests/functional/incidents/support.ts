import { writeFile, mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import app from '@adonisjs/core/services/app'
import Site from '#models/site'
import Location from '#models/location'
import Role from '#models/role'
import User from '#models/user'
import type Incident from '#models/incident'
import { demoEmail } from '#app/data/roles'
import { IncidentService, type ReportInput } from '#services/incident_service'
import { PermissionService } from '#services/permission_service'

export const demo = (role: string) => User.findByOrFail('email', demoEmail(role))

export const mainSite = async () => {
  const site = await Site.findByOrFail('code', 'MAIN')
  const location = await Location.query().where('site_id', site.id).orderBy('id').firstOrFail()
  return { site, location }
}

/** A second site with one location, for cross-site checks. */
export async function otherSite() {
  const { organisationId } = await Site.findByOrFail('code', 'MAIN')
  const site = await Site.create({ organisationId, code: 'NORTH', name: 'North Campus' })
  const location = await Location.create({ siteId: site.id, name: 'Gate house', kind: 'area' })
  return { site, location }
}

/** A user holding one built-in role, limited to the given sites. */
export async function userWith(role: string, siteIds: number[], name = `Test ${role}`) {
  const user = await User.create({
    name,
    email: `${role}.${Date.now()}.${Math.random().toString(36).slice(2)}@test.local`,
    password: 'correct horse battery',
    locale: 'en',
    status: 'active',
  })
  const roleRow = await Role.findByOrFail('name', role)
  await user.related('roles').attach({ [roleRow.id]: { site_id: null } })
  await user.related('sites').attach(siteIds)
  await PermissionService.invalidate()
  return user
}

/** Reports through the service, as the quick report does. */
export async function report(user: User | null, overrides: Partial<ReportInput> = {}) {
  const { site, location } = await mainSite()
  return new IncidentService().report(
    {
      type: 'near_miss',
      description: 'A ladder was left across the corridor',
      siteId: site.id,
      locationId: location.id,
      ...overrides,
    },
    { userId: user?.id ?? null, ip: '127.0.0.1', userAgent: 'tests' }
  )
}

/** Moves an incident to triaged with complete triage data. */
export async function triaged(incident: Incident, manager: User, investigator: User) {
  return new IncidentService().triage(
    incident,
    {
      type: 'near_miss',
      actualSeverity: 2,
      potentialSeverity: 4,
      responsibleManagerId: manager.id,
      investigatorId: investigator.id,
    },
    { userId: manager.id }
  )
}

const JPEG = Buffer.from([
  0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01,
  0x00, 0x01, 0x00, 0x00, 0xff, 0xd9,
])

/** A file on disk: a (tiny) real JPEG, or a script named .jpg. */
export async function fixtureFile(kind: 'jpeg' | 'script') {
  const directory = app.tmpPath('incident-fixtures')
  await mkdir(directory, { recursive: true })
  const path = join(directory, kind === 'jpeg' ? 'photo.jpg' : 'evil.jpg')
  await writeFile(path, kind === 'jpeg' ? JPEG : '#!/bin/sh\nrm -rf /\n')
  return path
}
