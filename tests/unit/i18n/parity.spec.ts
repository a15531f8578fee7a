import { readdir, readFile } from 'node:fs/promises'
import { join, relative } from 'node:path'
import { test } from '@japa/runner'
import app from '@adonisjs/core/services/app'
import i18nManager from '@adonisjs/i18n/services/main'
import { MODULES } from '#services/navigation'
import { CAUSE_CATEGORIES } from '#app/data/investigations'
import { CASE_CLASSIFICATIONS, ILLNESS_TYPES, SEVERE_OUTCOMES } from '#app/data/osha'
import {
  FIRST_AID_TREATMENTS,
  MEDICAL_TREATMENTS,
  SIGNIFICANT_DIAGNOSES,
} from '#services/osha/recordability'
import {
  INCIDENT_STATUSES,
  INCIDENT_TYPES,
  PERSON_ROLES,
  PERSON_TYPES,
  SEVERITIES,
  TREATMENTS,
} from '#app/data/incidents'
import type { TimelineKind } from '#services/records/timeline'

type Tree = { [key: string]: string | Tree }

/** `{ a: { b: 'x' } }` → `{ 'a.b': 'x' }`, the way the i18n loader flattens files. */
function flatten(tree: Tree, prefix = ''): Record<string, unknown> {
  const output: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      Object.assign(output, flatten(value, path))
    } else {
      output[path] = value
    }
  }
  return output
}

async function filesUnder(directory: string, extensions: string[]) {
  const entries = await readdir(directory, { recursive: true, withFileTypes: true })
  return entries
    .filter((entry) => entry.isFile() && extensions.some((ext) => entry.name.endsWith(ext)))
    .map((entry) => relative(directory, join(entry.parentPath, entry.name)))
    .sort()
}

async function languageFiles(locale: string) {
  const directory = app.languageFilesPath(locale)
  const files = await filesUnder(directory, ['.json'])
  const flattened: Record<string, Record<string, unknown>> = {}
  for (const file of files) {
    flattened[file] = flatten(JSON.parse(await readFile(join(directory, file), 'utf8')))
  }
  return flattened
}

/**
 * Values that template-literal keys may take, by the interpolated
 * expression. A new `t(\`x.${expr}\`)` must be declared here, so that
 * every key it can produce is checked.
 */
const TEMPLATE_EXPANSIONS: Record<string, readonly string[]> = {
  module: MODULES,
  status: ['403', '404', '500', '503'],
  code: i18nManager.supportedLocales(),
  incidentType: INCIDENT_TYPES,
  incidentStatus: INCIDENT_STATUSES,
  incidentSort: ['-occurred_at', 'occurred_at', '-number', 'number', '-severity', 'severity'],
  severityLevel: SEVERITIES.map(String),
  personRole: PERSON_ROLES,
  personType: PERSON_TYPES,
  treatment: TREATMENTS,
  timelineKind: [
    'comment',
    'created',
    'status_changed',
    'assigned',
    'attachment_added',
    'updated',
    'note',
  ] satisfies TimelineKind[],
  capaStatus: ['open', 'in_progress', 'done', 'verified', 'cancelled'],
  capaPriority: ['low', 'medium', 'high', 'critical'],
  capaStep: ['start', 'complete', 'verify', 'send_back', 'cancel'],
  capaType: ['corrective', 'preventive'],
  capaLevel: ['elimination', 'substitution', 'engineering', 'administrative', 'ppe'],
  capaEffect: ['effective', 'partially_effective', 'not_effective'],
  causeCategory: CAUSE_CATEGORIES,
  investigationMissing: ['whys', 'root_cause', 'lessons_learned'],
  treatmentCode: [...FIRST_AID_TREATMENTS, ...MEDICAL_TREATMENTS],
  diagnosisCode: SIGNIFICANT_DIAGNOSES,
  severeOutcome: SEVERE_OUTCOMES,
  illnessType: ILLNESS_TYPES,
  oshaReason: [
    'not_work_related',
    'not_new_case',
    'death',
    'days_away',
    'restricted_or_transfer',
    'medical_treatment',
    'loss_of_consciousness',
    'significant_diagnosis',
    'first_aid_only',
    'no_general_criterion',
  ],
  caseClass: CASE_CLASSIFICATIONS,
}

/**
 * The strings React receives: ui.json plus one file per module under ui/
 * (`ui/capa.json` holds the `capa.*` keys).
 */
function uiKeys(files: Record<string, Record<string, unknown>>) {
  const keys: Record<string, unknown> = { ...files['ui.json'] }
  for (const [file, messages] of Object.entries(files)) {
    const nested = file.match(/^ui\/(.+)\.json$/)
    if (!nested) continue
    const prefix = nested[1].replaceAll('/', '.')
    for (const [key, value] of Object.entries(messages)) keys[`${prefix}.${key}`] = value
  }
  return keys
}

/** Every `t('key')`, `t("key")` and `t(\`key\`)` literal in the React sources. */
async function keysUsedInInertia() {
  const root = app.makePath('inertia')
  const literal = /(?<![\w$.])t\(\s*(?:'([^'\n]+)'|"([^"\n]+)"|`([^`\n]+)`)/g
  const keys: { key: string; file: string }[] = []
  const problems: string[] = []

  for (const file of await filesUnder(root, ['.ts', '.tsx'])) {
    const source = await readFile(join(root, file), 'utf8')
    for (const match of source.matchAll(literal)) {
      const key = match[1] ?? match[2] ?? match[3]
      const parts = key.split(/\$\{\s*([^}]+?)\s*\}/)
      let expanded = [parts[0]]
      for (let index = 1; index < parts.length; index += 2) {
        const values = TEMPLATE_EXPANSIONS[parts[index]]
        if (!values) {
          problems.push(
            `${file}: t(\`${key}\`) interpolates \${${parts[index]}}, which is not declared`
          )
          expanded = []
          break
        }
        expanded = expanded.flatMap((head) =>
          values.map((value) => head + value + parts[index + 1])
        )
      }
      keys.push(...expanded.map((expandedKey) => ({ key: expandedKey, file })))
    }
  }
  return { keys, problems }
}

test.group('i18n / parity', () => {
  test('en and id have the same language files', async ({ assert }) => {
    const en = Object.keys(await languageFiles('en'))
    const id = Object.keys(await languageFiles('id'))
    assert.isAbove(en.length, 0)
    assert.deepEqual(id, en, 'resources/lang/en and resources/lang/id must hold the same files')
  })

  test('every key exists in both languages', async ({ assert }) => {
    const en = await languageFiles('en')
    const id = await languageFiles('id')
    const missing: string[] = []
    for (const file of new Set([...Object.keys(en), ...Object.keys(id)])) {
      const enKeys = Object.keys(en[file] ?? {})
      const idKeys = Object.keys(id[file] ?? {})
      for (const key of enKeys.filter((k) => !idKeys.includes(k)))
        missing.push(`id/${file}: ${key}`)
      for (const key of idKeys.filter((k) => !enKeys.includes(k)))
        missing.push(`en/${file}: ${key}`)
    }
    assert.deepEqual(missing, [], `Missing translations:\n  ${missing.join('\n  ')}`)
  })

  test('no translation is empty', async ({ assert }) => {
    const empty: string[] = []
    for (const locale of ['en', 'id']) {
      for (const [file, messages] of Object.entries(await languageFiles(locale))) {
        for (const [key, value] of Object.entries(messages)) {
          if (typeof value !== 'string' || value.trim() === '')
            empty.push(`${locale}/${file}: ${key}`)
        }
      }
    }
    assert.deepEqual(empty, [], `Empty or non-text translations:\n  ${empty.join('\n  ')}`)
  })

  test('every t() key used under inertia/ exists in the ui files', async ({ assert }) => {
    const { keys, problems } = await keysUsedInInertia()
    assert.deepEqual(problems, [], problems.join('\n'))
    assert.isAbove(keys.length, 20, 'the key scanner found suspiciously few t() calls')
    assert.includeMembers(
      keys.map(({ key }) => key),
      ['nav.dashboard', 'nav.users', 'errors.404.title', 'auth.login_title', 'language.id'],
      'the scanner must see literal and template keys'
    )

    for (const locale of ['en', 'id']) {
      const files = await languageFiles(locale)
      const ui = uiKeys(files)
      const unknown = keys
        .filter(({ key }) => !(key in ui))
        .map(({ key, file }) => `${file}: ${key}`)
      assert.deepEqual(
        [...new Set(unknown)],
        [],
        `Keys missing from ${locale}/ui.json:\n  ${unknown.join('\n  ')}`
      )
    }
  })

  test('the server shares exactly the ui.* keys with React', async ({ assert }) => {
    const { uiMessages } = await import('#services/ui_messages')
    for (const locale of ['en', 'id']) {
      const files = await languageFiles(locale)
      const ui = uiKeys(files)
      assert.deepEqual(Object.keys(uiMessages(locale)).sort(), Object.keys(ui).sort())
    }
    assert.equal(uiMessages('id')['auth.login_title'], 'Masuk')
  })
})
