/*
|--------------------------------------------------------------------------
| npm run bench:profile -- <scenario> [--seconds=10] [--top=40]
|--------------------------------------------------------------------------
|
| Starts the production build under `node --cpu-prof`, drives one bench
| scenario (ids as in bench/scenarios.js, e.g. api_incidents) and prints
| where the server's CPU time went: self time by function and by package.
| The .cpuprofile is kept under tmp/profiles/ for Chrome DevTools.
| Expects `npm run bench` to have prepared build/ and the database once.
|
*/

import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { join, relative } from 'node:path'
import { ROOT } from '../bin/support.js'
import { coreLayout, pinSelf, stop } from './lib/processes.js'
import { round } from './lib/load.js'
import { MAIL_SINK_PORT, ensureBuild, prepareDatabase, startApp } from './lib/app.js'
import { startMailSink } from './lib/mail_sink.js'
import { SCENARIOS, prepareScenarios } from './scenarios.js'

const args = process.argv.slice(2)
const option = (name, fallback) =>
  args.find((arg) => arg.startsWith(`--${name}=`))?.split('=')[1] ?? fallback
const id = args.find((arg) => !arg.startsWith('--')) ?? 'api_incidents'
const seconds = Number(option('seconds', 10))
const top = Number(option('top', 40))
const scenario = SCENARIOS.find((entry) => entry.id === id && entry.target === 'app')
if (!scenario) {
  const ids = SCENARIOS.filter((entry) => entry.target === 'app').map((entry) => entry.id)
  console.error(`unknown app scenario "${id}"; one of: ${ids.join(', ')}`)
  process.exit(1)
}

const log = (message) => console.error(`[profile] ${message}`)
const layout = coreLayout()
if (layout.taskset) pinSelf(layout.load)
ensureBuild(log)
await prepareDatabase(log)

const directory = join(ROOT, 'tmp', 'profiles')
rmSync(directory, { recursive: true, force: true })
mkdirSync(directory, { recursive: true })
const mailSink = await startMailSink(MAIL_SINK_PORT)
const app = await startApp(4412, layout, {
  nodeArgs: ['--cpu-prof', `--cpu-prof-dir=${directory}`],
})
let measured
try {
  const prepared = await prepareScenarios(app.url, log)
  if (!prepared[id]?.ready) throw new Error(`${id} is not ready: ${prepared[id]?.reason}`)
  log(`${scenario.label} for ${seconds} s`)
  measured = await round({
    url: app.url + scenario.path,
    pid: app.child.pid,
    seconds,
    connections: 50,
    request: prepared[id].request,
  })
} finally {
  /* The profile is written on exit: give a graceful shutdown its time */
  await stop(app.child, { killAfterMs: 60_000 })
  await mailSink.close()
}

const file = readdirSync(directory).find((name) => name.endsWith('.cpuprofile'))
if (!file) throw new Error('the server wrote no .cpuprofile (did it exit cleanly?)')
const profile = JSON.parse(readFileSync(join(directory, file), 'utf8'))

/* Self time per node: sample counts weighted by the gaps between samples */
const selfMicros = new Map()
for (let index = 0; index < profile.samples.length; index += 1) {
  const node = profile.samples[index]
  selfMicros.set(node, (selfMicros.get(node) ?? 0) + (profile.timeDeltas[index + 1] ?? 0))
}
const total = [...selfMicros.values()].reduce((sum, value) => sum + value, 0)

const byFunction = new Map()
const byPackage = new Map()
for (const node of profile.nodes) {
  const micros = selfMicros.get(node.id) ?? 0
  if (!micros) continue
  const { functionName, url, lineNumber } = node.callFrame
  const where = place(url)
  const name = `${functionName || '(anonymous)'} ${where}:${lineNumber + 1}`
  byFunction.set(name, (byFunction.get(name) ?? 0) + micros)
  const owner = packageOf(url, functionName)
  byPackage.set(owner, (byPackage.get(owner) ?? 0) + micros)
}

const table = (title, entries, limit) => {
  console.log(`\n### ${title}\n\n| self % | self ms | where |\n|---:|---:|---|`)
  for (const [name, micros] of [...entries].sort((a, b) => b[1] - a[1]).slice(0, limit)) {
    console.log(
      `| ${((micros / total) * 100).toFixed(1)} | ${(micros / 1000).toFixed(0)} | ${name} |`
    )
  }
}

console.log(
  `## CPU profile: ${scenario.label}\n\n${measured.requests} requests, ` +
    `${measured.rps.toFixed(0)} req/s, p99 ${measured.p99} ms, ` +
    `${measured.cpuUsPerReq.toFixed(0)} CPU µs/req; profile: ${relative(ROOT, join(directory, file))}`
)
table('by package', byPackage, 25)
table('by function', byFunction, top)
table('inclusive, app and framework entry points', inclusiveTimes(), top)

/**
 * Total time under each frame of our own code (build/), counted once per
 * stack even when a function recurses. Async continuations start new
 * stacks, so this is a lower bound for async functions.
 */
function inclusiveTimes() {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]))
  const totals = new Map()
  const walk = (node, open) => {
    const { functionName, url, lineNumber } = node.callFrame
    const ours = url.includes('/build/') && !url.includes('node_modules')
    const name = `${functionName || '(anonymous)'} ${place(url)}:${lineNumber + 1}`
    const entered = ours && !open.has(name)
    if (entered) open.add(name)
    let sum = selfMicros.get(node.id) ?? 0
    for (const child of node.children ?? []) sum += walk(nodes.get(child), open)
    if (entered) {
      totals.set(name, (totals.get(name) ?? 0) + sum)
      open.delete(name)
    }
    return sum
  }
  walk(profile.nodes[0], new Set())
  return totals
}

function place(url) {
  if (!url) return '(native)'
  const path = url.replace(/^file:\/\//, '')
  const modules = path.lastIndexOf('node_modules/')
  return modules === -1 ? relative(ROOT, path) : path.slice(modules + 'node_modules/'.length)
}

function packageOf(url, functionName) {
  if (!url) return functionName.startsWith('(') ? functionName : '(native)'
  if (url.startsWith('node:')) return 'node core'
  const path = url.replace(/^file:\/\//, '')
  const modules = path.lastIndexOf('node_modules/')
  if (modules === -1) return `app: ${relative(ROOT, path).split('/').slice(0, 3).join('/')}`
  const parts = path.slice(modules + 'node_modules/'.length).split('/')
  return parts[0].startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0]
}
