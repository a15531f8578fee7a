import { spawn } from 'node:child_process'
import app from '@adonisjs/core/services/app'

export type AceRun = { code: number | null; stdout: string; stderr: string }

/**
 * Runs `node ace <args>` in a child process with the project's Node, in
 * test mode with the runner's environment plus `env`, writing `stdin`
 * (then closing it) when given.
 */
export function runAce(
  args: string[],
  options: { env?: Record<string, string>; stdin?: string } = {}
): Promise<AceRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(app.makePath('node_modules/.bin/node'), ['ace', ...args], {
      cwd: app.makePath(),
      env: { ...process.env, NODE_ENV: 'test', APP_KEY: process.env.APP_KEY, ...options.env },
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk) => (stdout += chunk))
    child.stderr.on('data', (chunk) => (stderr += chunk))
    child.on('error', reject)
    child.on('close', (code) => resolve({ code, stdout, stderr }))
    if (options.stdin !== undefined) child.stdin.end(options.stdin)
    else child.stdin.end()
  })
}
