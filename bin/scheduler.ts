/*
|--------------------------------------------------------------------------
| Scheduled jobs process
|--------------------------------------------------------------------------
|
| Runs as its own Fly process group (`[processes] scheduler` in fly.toml),
| one machine, so each job runs once per tick however many web machines
| there are. Every job is an idempotent Ace command run in a child process:
| a crash or a deploy mid-run is harmless, the next tick catches up.
| SIGTERM stops scheduling and waits for a running job to finish.
|
*/

import { spawn, type ChildProcess } from 'node:child_process'
import { fileURLToPath } from 'node:url'

const APP_ROOT = fileURLToPath(new URL('../', import.meta.url))
const MINUTE = 60 * 1000
const HOUR = 60 * MINUTE

const jobs = [
  { command: ['capa:overdue'], everyMs: HOUR },
  { command: ['incidents:regulatory-clocks'], everyMs: 15 * MINUTE },
  { command: ['notifications:digest'], everyMs: 24 * HOUR },
]

const running = new Map<string, ChildProcess>()
let stopping = false
const timers: NodeJS.Timeout[] = []

/** One JSON line per event, the shape the app's logger writes. */
function log(level: 30 | 50, msg: string, extra: Record<string, unknown> = {}) {
  const line = { level, time: Date.now(), pid: process.pid, name: 'scheduler', msg, ...extra }
  console.log(JSON.stringify(line))
}

function runJob(command: string[]) {
  const name = command.join(' ')
  if (stopping) return
  if (running.has(name)) {
    log(30, 'previous run still going, tick skipped', { command: name })
    return
  }
  const started = Date.now()
  const child = spawn(process.execPath, ['ace', ...command], { cwd: APP_ROOT, stdio: 'inherit' })
  running.set(name, child)
  child.on('error', (error) =>
    log(50, 'job could not start', { command: name, error: error.message })
  )
  child.on('close', (code, signal) => {
    running.delete(name)
    const outcome = { command: name, code, signal, durationMs: Date.now() - started }
    log(code === 0 ? 30 : 50, code === 0 ? 'job finished' : 'job failed', outcome)
    if (stopping && running.size === 0) process.exit(0)
  })
}

function stop() {
  if (stopping) return
  stopping = true
  timers.forEach((timer) => clearInterval(timer))
  log(30, 'stopping', { waitingFor: [...running.keys()] })
  if (running.size === 0) process.exit(0)
}

process.on('SIGTERM', stop)
process.on('SIGINT', stop)

for (const job of jobs) {
  timers.push(setInterval(() => runJob(job.command), job.everyMs))
  runJob(job.command)
}
log(30, 'scheduler started', {
  jobs: jobs.map((job) => `${job.command.join(' ')} every ${job.everyMs / 60_000} min`),
})
