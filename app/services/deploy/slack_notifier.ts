export type DeployResult =
  'succeeded' | 'rolled_back' | 'rollback_failed' | 'preflight_failed' | 'failed'

export interface DeploySummary {
  app: string
  env: string
  /** The release version now live (or attempted), e.g. 42. */
  version?: number
  image?: string
  durationMs: number
  result: DeployResult
  /** What went wrong, already masked. */
  detail?: string
}

const HEADLINES: Record<DeployResult, string> = {
  succeeded: ':white_check_mark: Deploy succeeded',
  rolled_back: ':warning: Deploy failed and was rolled back',
  rollback_failed: ':rotating_light: Deploy failed and the ROLLBACK FAILED',
  preflight_failed: ':no_entry: Deploy stopped in preflight',
  failed: ':x: Deploy failed',
}

export function formatDuration(ms: number) {
  const seconds = Math.round(ms / 100) / 10
  if (seconds < 60) return `${seconds}s`
  const whole = Math.round(seconds)
  return `${Math.floor(whole / 60)}m ${String(whole % 60).padStart(2, '0')}s`
}

/** Slack's incoming-webhook payload: a plain `text` fallback plus blocks. */
export function slackPayload(summary: DeploySummary) {
  const version = summary.version === undefined ? 'unknown' : `v${summary.version}`
  const text = `${HEADLINES[summary.result]}: ${summary.app} (${summary.env}) ${version} in ${formatDuration(summary.durationMs)}`
  const fields = [
    ['App', summary.app],
    ['Environment', summary.env],
    ['Version', version],
    ['Image', summary.image ?? 'unknown'],
    ['Duration', formatDuration(summary.durationMs)],
    ['Result', summary.result],
  ].map(([label, value]) => ({ type: 'mrkdwn', text: `*${label}*\n${value}` }))
  const blocks: unknown[] = [
    { type: 'section', text: { type: 'mrkdwn', text } },
    { type: 'section', fields },
  ]
  if (summary.detail) {
    blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: summary.detail }] })
  }
  return { text, blocks }
}

/**
 * Posts the deploy summary to SLACK_WEBHOOK_URL when it is set. It never
 * throws: a notification problem is returned so the caller can warn without
 * changing the deploy's exit code. The URL itself is a secret and is never
 * part of the returned message.
 */
export async function notifySlack(
  summary: DeploySummary,
  webhookUrl = process.env.SLACK_WEBHOOK_URL
): Promise<{ sent: boolean; problem?: string }> {
  if (!webhookUrl) return { sent: false }
  try {
    const response = await fetch(webhookUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(slackPayload(summary)),
      signal: AbortSignal.timeout(10_000),
    })
    await response.body?.cancel()
    if (response.ok) return { sent: true }
    return { sent: false, problem: `the Slack webhook answered ${response.status}` }
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause?.code
    return {
      sent: false,
      problem: `the Slack webhook is unreachable (${cause ?? (error as Error).name})`,
    }
  }
}
