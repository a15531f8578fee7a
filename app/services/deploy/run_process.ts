import { spawn } from 'node:child_process'

export interface ProcessOptions {
  cwd: string
  env: NodeJS.ProcessEnv
  /** Written to stdin, then stdin is closed. Without it stdin is not connected. */
  input?: string
  /** Called with each complete output line, as it arrives. */
  onLine?: (line: string, stream: 'stdout' | 'stderr') => void
  /** Kill the process (SIGTERM) after this long. */
  timeoutMs?: number
}

export type ProcessOutcome =
  | { started: false; error: NodeJS.ErrnoException }
  | {
      started: true
      code: number | null
      signal: NodeJS.Signals | null
      timedOut: boolean
      stdout: string
      stderr: string
    }

/**
 * Runs a program with an argv array and no shell, so nothing in the
 * arguments is ever interpreted. Secrets travel through `env` or `input`,
 * never through `args`.
 */
export function runProcess(
  binary: string,
  args: string[],
  options: ProcessOptions
): Promise<ProcessOutcome> {
  return new Promise((resolve) => {
    const child = spawn(binary, args, {
      cwd: options.cwd,
      env: options.env,
      shell: false,
      stdio: [options.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
    })
    const output = { stdout: '', stderr: '' }
    const partial = { stdout: '', stderr: '' }
    let timedOut = false
    let settled = false

    const collect = (stream: 'stdout' | 'stderr') => (chunk: Buffer) => {
      const text = chunk.toString('utf8')
      output[stream] += text
      if (!options.onLine) return
      const lines = (partial[stream] + text).split(/\r?\n/)
      partial[stream] = lines.pop() ?? ''
      for (const line of lines) options.onLine(line, stream)
    }
    child.stdout?.on('data', collect('stdout'))
    child.stderr?.on('data', collect('stderr'))

    const timer = options.timeoutMs
      ? setTimeout(() => {
          timedOut = true
          child.kill('SIGTERM')
        }, options.timeoutMs)
      : undefined

    child.on('error', (error: NodeJS.ErrnoException) => {
      if (settled) return
      settled = true
      clearTimeout(timer)
      resolve({ started: false, error })
    })
    child.on('close', (code, signal) => {
      if (settled) return
      settled = true
      clearTimeout(timer)
      for (const stream of ['stdout', 'stderr'] as const) {
        if (partial[stream]) options.onLine?.(partial[stream], stream)
      }
      resolve({ started: true, code, signal, timedOut, ...output })
    })

    if (child.stdin) {
      /** A child that exits without reading its stdin must not crash us with EPIPE. */
      child.stdin.on('error', () => {})
      child.stdin.end(options.input)
    }
  })
}
