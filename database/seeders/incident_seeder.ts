import { mkdir, stat, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import sharp from 'sharp'
import app from '@adonisjs/core/services/app'
import type { MultipartFile } from '@adonisjs/core/bodyparser'
import { BaseSeeder } from '@adonisjs/lucid/seeders'
import { DateTime } from 'luxon'
import Incident from '#models/incident'
import Location from '#models/location'
import User from '#models/user'
import { INCIDENT_TYPES, PERSON_TYPES, type IncidentStatus } from '#app/data/incidents'
import { demoEmail } from '#app/data/roles'
import { InvestigationService } from '#services/investigation_service'
import { IncidentService } from '#services/incident_service'

const TOTAL = 200

const WHAT = [
  'Slipped on a wet floor near the entrance',
  'Ladder left across the corridor',
  'Smoke from an overheated extension lead',
  'Chemical bottle found without a label',
  'Student cut a finger on broken glass',
  'Car reversed into a bollard in the car park',
  'Door closer came loose and fell',
  'Spill of cleaning product in the workshop',
  'Unknown visitor without a badge near the labs',
  'Fire exit blocked by delivered boxes',
]

const NAMES = ['Ayu Lestari', 'Budi Santoso', 'Citra Dewi', 'Dimas Pratama', 'Eka Putri']
const INJURIES = [
  { bodyPart: 'Left hand', natureOfInjury: 'Cut', treatment: 'first_aid' },
  { bodyPart: 'Right ankle', natureOfInjury: 'Sprain', treatment: 'medical_treatment' },
  { bodyPart: 'Head', natureOfInjury: 'Bruise', treatment: 'first_aid' },
  { bodyPart: 'Back', natureOfInjury: 'Strain', treatment: 'hospitalised' },
] as const

const PATH: IncidentStatus[] = ['triaged', 'under_investigation', 'actions_pending', 'closed']

/** A small coloured JPEG standing in for a phone photo, shaped like an upload. */
async function demoPhoto(index: number) {
  const directory = app.tmpPath('demo-photos')
  await mkdir(directory, { recursive: true })
  const tmpPath = join(directory, `photo-${index}.jpg`)
  const background = { r: (index * 53) % 256, g: (index * 97) % 256, b: 160 }
  await writeFile(
    tmpPath,
    await sharp({ create: { width: 640, height: 480, channels: 3, background } })
      .jpeg()
      .toBuffer()
  )
  const { size } = await stat(tmpPath)
  return { tmpPath, clientName: `photo-${index}.jpg`, size } as MultipartFile
}

/** A small deterministic generator, so every run seeds the same data. */
function random(seed: number) {
  let state = seed
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648
    return state / 2_147_483_648
  }
}

/**
 * 200 demo incidents over the last two years, across types, severities
 * and workflow states (injuries with the people involved, every fourth with a photo), written through IncidentService so each has its
 * number, timeline and audit trail. Development only; runs once.
 */
export default class IncidentSeeder extends BaseSeeder {
  static environment = ['development']

  async run() {
    const existing = await Incident.query().count('* as total').first()
    if (Number(existing?.$extras.total ?? 0) >= TOTAL) return
    const next = random(360)
    const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]
    const locations = await Location.query().orderBy('id')
    const reporter = await User.findBy('email', demoEmail('reporter'))
    const manager = await User.findBy('email', demoEmail('incident_manager'))
    const investigator = await User.findBy('email', demoEmail('safety_officer'))
    /* Run on its own before the demo seeder: nothing to attach the incidents to yet. */
    if (!reporter || !manager || !investigator || locations.length === 0) return
    const service = new IncidentService()
    const investigations = new InvestigationService()

    for (let index = 0; index < TOTAL; index++) {
      const location = pick(locations)
      const type = pick(INCIDENT_TYPES)
      const injury = pick(INJURIES)
      const people =
        type === 'injury_illness'
          ? [
              {
                role: 'injured' as const,
                name: pick(NAMES),
                personType: pick(PERSON_TYPES),
                ...injury,
                daysAway: injury.treatment === 'hospitalised' ? 3 : 0,
              },
              { role: 'witness' as const, name: pick(NAMES), personType: 'staff' as const },
            ]
          : []
      const incident = await service.report(
        {
          type,
          people,
          description: `${pick(WHAT)} (demo ${index + 1}).`,
          siteId: location.siteId,
          locationId: location.id,
          occurredAt: DateTime.now().minus({ minutes: Math.floor(next() * 2 * 365 * 24 * 60) }),
        },
        { userId: reporter.id },
        { files: index % 4 === 0 ? [await demoPhoto(index)] : [], translate: (key) => key }
      )
      const steps = Math.floor(next() * (PATH.length + 1))
      if (steps === 0) continue
      await service.triage(
        incident,
        {
          type: incident.type,
          actualSeverity: 1 + Math.floor(next() * 4),
          potentialSeverity: 1 + Math.floor(next() * 5),
          responsibleManagerId: manager.id,
          investigatorId: investigator.id,
        },
        { userId: manager.id }
      )
      for (const to of PATH.slice(1, steps)) {
        if (to === 'actions_pending') {
          await investigations.save(
            incident,
            {
              whys: [
                { why: 'Why did it happen?', because: pick(WHAT), category: 'procedure' },
                {
                  why: 'Why was that possible?',
                  because: 'No check was in place',
                  category: 'management',
                },
              ],
              rootCause: 'No routine check of the area',
              lessonsLearned: 'Keep walkways clear and report early.',
            },
            { userId: investigator.id }
          )
        }
        await service.transition(
          incident,
          to,
          { lessonsLearned: 'Keep walkways clear and report early.' },
          { userId: manager.id }
        )
      }
    }
  }
}
