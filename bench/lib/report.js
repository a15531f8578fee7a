/*
| The Markdown report: throughput with ratios against the baseline, the
| SSE fan-out, then cold start, memory and the budgets.
*/

import { FANOUT_BUDGETS } from '../fanout.js'

const fmt = (value, digits = 1) =>
  value === null || value === undefined ? '—' : Number(value).toFixed(digits)

export function renderReport(report, scenarios) {
  const { results } = report
  const lines = [
    `## HarmoniHSE360 bench (${report.quick ? 'quick' : 'full'}) — ${report.gitSha}, ` +
      `${report.machine.cores} cores, Node ${report.machine.node}`,
    '',
    '| scenario | req/s | p50 ms | p95 ms | p99 ms | CPU µs/req | ratio | budget |',
    '|---|---:|---:|---:|---:|---:|---:|---|',
  ]
  for (const scenario of scenarios) {
    const result = results[scenario.id]
    if (!result || result.skipped) {
      lines.push(`| ${scenario.label} | skipped: ${result?.skipped ?? 'no result'} ||||||||`)
      continue
    }
    const base = scenario.compare ? results[scenario.compare] : null
    const ratio =
      base && !base.skipped && base.cpuUsPerReq ? result.cpuUsPerReq / base.cpuUsPerReq : null
    const budget = [
      scenario.ratioBudget ? `CPU ≤ ${scenario.ratioBudget}× ${scenario.compare}` : null,
      scenario.p99Budget ? `p99 ≤ ${scenario.p99Budget} ms` : null,
    ]
      .filter(Boolean)
      .join(', ')
    lines.push(
      `| ${scenario.label} | ${fmt(result.rps, 0)} | ${fmt(result.p50)} | ${fmt(result.p95)} | ` +
        `${fmt(result.p99)} | ${fmt(result.cpuUsPerReq, 0)} | ${ratio ? `${fmt(ratio, 2)}×` : ''} | ` +
        `${budget}${result.non2xx ? ` (${result.non2xx} non-2xx)` : ''} |`
    )
  }
  lines.push('', ...renderFanout(results.fanout))
  const cold = results.coldStart
  const ceiling = results.memoryCeiling
  lines.push(
    '',
    '| measure | value | budget |',
    '|---|---:|---|',
    `| cold start to first /health 200 (median of ${cold.runs}) | ${fmt(cold.healthMs, 0)} ms | ≤ 1000 ms |`,
    `| cold start to login page 200 | ${fmt(cold.loginMs, 0)} ms | |`,
    `| idle RSS after boot | ${fmt(cold.idleRssMb)} MB | ≤ 150 MB |`,
    ...(results.settledIdle
      ? [
          `| idle RSS, lowest over ${results.settledIdle.seconds} s left alone ` +
            `(at ${results.settledIdle.lowestAtSecond} s) | ${fmt(results.settledIdle.lowestMb)} MB | ≤ 150 MB |`,
        ]
      : []),
    `| RSS after the throughput scenarios | ${fmt(results.rssAfterLoadMb)} MB | |`,
    `| notification mails delivered to the bench's SMTP server | ${results.mailsDelivered ?? '—'} | |`,
    `| memory ceiling: ${ceiling.path}, ${ceiling.seconds} s, --max-old-space-size=384 | ` +
      `${ceiling.survived ? 'survived' : 'CRASHED'}, max ${fmt(ceiling.maxRssMb)} MB, ` +
      `growth ${fmt(ceiling.growthPct)} % | no crash, no unbounded growth |`
  )
  return lines.join('\n')
}

/** One row per step (streams × instances), then the three SSE budgets. */
function renderFanout(fanout) {
  if (!fanout || fanout.skipped) return [`SSE fan-out skipped: ${fanout?.skipped ?? 'no result'}`]
  const { burst, rows } = fanout
  const lines = [
    `SSE fan-out: streams on dashboard/1 held by instance A; ${burst.count} pings ` +
      `${burst.intervalMs} ms apart per step; latency over every delivery; loop delay is the ` +
      `publisher's (A, or B with 2 instances).`,
    '',
    '| instances | streams | RSS MB | KB/stream | p50 ms | p95 ms | p99 ms | max ms | ' +
      'loop p99 / max ms | lost | budget |',
    '|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|',
  ]
  for (const row of rows) {
    const budget = row.n === FANOUT_BUDGETS.p95AtN ? FANOUT_BUDGETS.p95Ms[row.instances] : null
    lines.push(
      `| ${row.instances} | ${row.n} | ${fmt(row.rssMb)} | ${fmt(row.rssPerStreamKb)} | ` +
        `${fmt(row.p50)} | ${fmt(row.p95)} | ${fmt(row.p99)} | ${fmt(row.max)} | ` +
        `${fmt(row.lag.p99)} / ${fmt(row.lag.max)} | ${row.missing + row.dropped} | ` +
        `${budget ? `p95 ≤ ${budget} ms` : ''} |`
    )
  }
  lines.push(
    '',
    '| SSE budget | value | budget |',
    '|---|---:|---|',
    `| streams held in 350 MB RSS: (350 − ${fmt(fanout.idleRssMb)} idle) ÷ ` +
      `${fmt(fanout.rssPerStreamKb)} KB/stream at ${Math.max(...fanout.sizes)} | ` +
      `${fmt(fanout.streamsIn350Mb, 0)} | ≥ ${FANOUT_BUDGETS.streamsIn350Mb} |`,
    `| publish → receive p95, ${FANOUT_BUDGETS.p95AtN} streams, 1 instance | ` +
      `${fmt(fanout.p95At2000[1])} ms | ≤ ${FANOUT_BUDGETS.p95Ms[1]} ms |`,
    `| publish → receive p95, ${FANOUT_BUDGETS.p95AtN} streams, 2 instances via Redis | ` +
      `${fmt(fanout.p95At2000[2])} ms | ≤ ${FANOUT_BUDGETS.p95Ms[2]} ms |`
  )
  return lines
}
