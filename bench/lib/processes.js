/*
| Processes under measurement: spawn pinned to a core, wait for readiness,
| read their CPU time and memory from /proc.
*/

import { spawn, execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { cpus } from 'node:os'

const TICKS_PER_SECOND = Number(execFileSync('getconf', ['CLK_TCK']).toString().trim()) || 100

/** Cores for servers and for the load generator, when there are two or more. */
export function coreLayout() {
  const count = cpus().length
  let taskset = false
  try {
    execFileSync('taskset', ['-V'], { stdio: 'ignore' })
    taskset = count >= 2
  } catch {}
  return { count, taskset, server: '0', load: String(count - 1) }
}

/** Pins the current process (the load generator) to a core. */
export function pinSelf(core) {
  execFileSync('taskset', ['-cp', core, String(process.pid)], { stdio: 'ignore' })
}

export function spawnPinned(command, args, options, layout) {
  const [bin, argv] = layout.taskset
    ? ['taskset', ['-c', layout.server, command, ...args]]
    : [command, args]
  const child = spawn(bin, argv, { stdio: ['ignore', 'pipe', 'pipe'], ...options })
  child.output = ''
  const keep = (chunk) => {
    child.output = (child.output + chunk).slice(-20_000)
  }
  child.stdout.on('data', keep)
  child.stderr.on('data', keep)
  return child
}

/** Resolves once `url` answers `status`, or rejects after `timeoutMs`. */
export async function waitFor(url, { status = 200, timeoutMs = 30_000, child } = {}) {
  const started = performance.now()
  while (performance.now() - started < timeoutMs) {
    if (child && child.exitCode !== null) {
      throw new Error(`process exited (${child.exitCode}) before ${url} answered:\n${child.output}`)
    }
    try {
      const response = await fetch(url, { redirect: 'manual' })
      await response.arrayBuffer()
      if (response.status === status) return performance.now() - started
    } catch {}
    await new Promise((resolve) => setTimeout(resolve, 10))
  }
  throw new Error(`${url} did not answer ${status} within ${timeoutMs} ms`)
}

/** User + system CPU time of a process, in microseconds. */
export function cpuMicros(pid) {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
  const ticks = Number(fields[11]) + Number(fields[12])
  return (ticks * 1_000_000) / TICKS_PER_SECOND
}

/** Resident memory of a process, in MB. */
export function rssMb(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8')
  const kb = Number(status.match(/VmRSS:\s+(\d+)/)?.[1] ?? 0)
  return kb / 1024
}

/**
 * The pid that does the work: taskset execs the command, so the child's
 * pid is already the server's.
 */
export function serverPid(child) {
  return child.pid
}

export async function stop(child, { signal = 'SIGTERM', killAfterMs = 10_000 } = {}) {
  if (!child || child.exitCode !== null) return
  const exited = new Promise((resolve) => child.once('exit', resolve))
  child.kill(signal)
  const timer = setTimeout(() => child.kill('SIGKILL'), killAfterMs)
  await exited
  clearTimeout(timer)
}
