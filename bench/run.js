/*
|--------------------------------------------------------------------------
| npm run bench [-- --quick] [-- --rebuild]
|--------------------------------------------------------------------------
|
| Measures the production app next to a raw node:http baseline in the same
| run and reports ratios (absolute numbers drift on shared machines).
| Servers run pinned to one core and the load generator to another; rounds
| of every scenario are interleaved and medians reported. Then the SSE
| fan-out (bench/fanout.js), cold starts and the memory ceiling. Writes a
| Markdown table to stdout and bench/results/latest.json. Not a test:
| nothing here fails on a number.
|
*/

import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { cpus, totalmem } from 'node:os'
import { execFileSync } from 'node:child_process'
import { ROOT } from '../bin/support.js'
import { coreLayout, pinSelf, rssMb, spawnPinned, stop, waitFor } from './lib/processes.js'
import { round, summarise } from './lib/load.js'
import {
  MAIL_SINK_PORT,
  benchDatabaseUrl,
  ensureBuild,
  prepareDatabase,
  startApp,
} from './lib/app.js'
import { startMailSink } from './lib/mail_sink.js'
import { SCENARIOS, prepareScenarios } from './scenarios.js'
import { coldStarts, memoryCeiling, settledIdle } from './lifecycle.js'
import { fanout } from './fanout.js'
import { renderReport } from './lib/report.js'

const args = new Set(process.argv.slice(2))
const quick = args.has('--quick')
const settings = quick
  ? { rounds: 3, seconds: 3, connections: 50, coldStarts: 3, ceilingSeconds: 10, idleSeconds: 0 }
  : { rounds: 3, seconds: 10, connections: 50, coldStarts: 10, ceilingSeconds: 60, idleSeconds: 120 }
/* SSE fan-out: streams at each step, and the burst of pings published at each */
settings.fanout = {
  sizes: quick ? [500, 2_000] : [500, 2_000, 5_000],
  burst: { count: 50, intervalMs: 50 },
}

const started = Date.now()
const log = (message) => {
  const elapsed = Math.round((Date.now() - started) / 1000)
  console.error(`[${String(elapsed).padStart(4)}s] ${message}`)
}

const layout = coreLayout()
if (layout.taskset) pinSelf(layout.load)
log(
  layout.taskset
    ? `servers on core ${layout.server}, load generator on core ${layout.load}`
    : 'one core or no taskset: servers and load share the CPU'
)

ensureBuild(log, args.has('--rebuild'))
await prepareDatabase(log)

const mailSink = await startMailSink(MAIL_SINK_PORT)
const APP_PORT = 4410
const BASELINE_PORT = 4411
const baseline = spawnPinned(
  process.execPath,
  [join(ROOT, 'bench', 'baseline.js')],
  { env: { ...process.env, BASELINE_PORT: String(BASELINE_PORT), DATABASE_URL: benchDatabaseUrl() } },
  layout
)
await waitFor(`http://127.0.0.1:${BASELINE_PORT}/hello`, { child: baseline })
const app = await startApp(APP_PORT, layout)
log(`app up in ${Math.round(app.bootMs)} ms, baseline up`)

const results = {}
try {
  const targets = {
    app: { url: app.url, pid: app.child.pid },
    baseline: { url: `http://127.0.0.1:${BASELINE_PORT}`, pid: baseline.pid },
  }
  const prepared = await prepareScenarios(targets.app.url, log, { quick })
  const runnable = SCENARIOS.filter((scenario) => prepared[scenario.id]?.ready)
  for (const scenario of SCENARIOS.filter((entry) => !prepared[entry.id]?.ready)) {
    results[scenario.id] = { skipped: prepared[scenario.id]?.reason ?? 'not prepared' }
    log(`skipping ${scenario.label}: ${results[scenario.id].skipped}`)
  }

  const rounds = Object.fromEntries(runnable.map((scenario) => [scenario.id, []]))
  for (let index = 1; index <= settings.rounds; index += 1) {
    for (const scenario of runnable) {
      log(`round ${index}/${settings.rounds}: ${scenario.label}`)
      const target = targets[scenario.target]
      rounds[scenario.id].push(
        await round({
          url: target.url + scenario.path,
          pid: target.pid,
          seconds: settings.seconds,
          connections: settings.connections,
          request: prepared[scenario.id].request,
        })
      )
    }
  }
  for (const scenario of runnable) results[scenario.id] = summarise(rounds[scenario.id])
  results.rssAfterLoadMb = rssMb(app.child.pid)
  results.mailsDelivered = mailSink.received
} finally {
  await stop(app.child)
  await stop(baseline)
}

log(`SSE fan-out: ${settings.fanout.sizes.join(', ')} streams, 1 and 2 instances`)
try {
  results.fanout = await fanout({ ...settings.fanout, layout, log })
} catch (error) {
  results.fanout = { skipped: error.message.split('\n')[0] }
  log(`SSE fan-out failed: ${error.stack ?? error}`)
}

log(`cold starts (${settings.coldStarts} runs)`)
results.coldStart = await coldStarts(settings.coldStarts, APP_PORT, layout)
if (settings.idleSeconds) {
  log(`idle RSS over ${settings.idleSeconds} s`)
  results.settledIdle = await settledIdle(settings.idleSeconds, APP_PORT, layout)
}
log(`memory ceiling (${settings.ceilingSeconds} s under --max-old-space-size=384)`)
results.memoryCeiling = await memoryCeiling(settings.ceilingSeconds, APP_PORT, layout, log)
await mailSink.close()

const report = {
  date: new Date().toISOString(),
  quick,
  machine: {
    cores: cpus().length,
    cpu: cpus()[0]?.model ?? 'unknown',
    memoryGb: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    pinned: layout.taskset,
  },
  gitSha: gitSha(),
  settings,
  results,
}
mkdirSync(join(ROOT, 'bench', 'results'), { recursive: true })
writeFileSync(join(ROOT, 'bench', 'results', 'latest.json'), JSON.stringify(report, null, 2) + '\n')
console.log(renderReport(report, SCENARIOS))
log('wrote bench/results/latest.json')

function gitSha() {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT }).toString().trim()
  } catch {
    return 'unknown'
  }
}
