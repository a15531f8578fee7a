/*
| The throughput scenarios. Each names its target (the app or the raw
| baseline), the baseline it is compared with, and the budget that applies.
*/

import { apiToken, sessionCookie } from './lib/app.js'

export const SCENARIOS = [
  { id: 'baseline_hello', label: '1. baseline node:http hello', target: 'baseline', path: '/hello' },
  {
    id: 'app_live',
    label: '2. app /health/live',
    target: 'app',
    path: '/health/live',
    compare: 'baseline_hello',
    ratioBudget: 1.6,
  },
  {
    id: 'api_incidents',
    label: '3. GET /api/v1/incidents?page=1 (JWT)',
    target: 'app',
    path: '/api/v1/incidents?page=1',
    compare: 'baseline_pg',
    ratioBudget: 3,
    p99Budget: 50,
  },
  {
    id: 'inertia_incidents',
    label: '4. incidents index, Inertia partial reload (session)',
    target: 'app',
    path: '/incidents',
    p99Budget: 50,
  },
  {
    id: 'api_search',
    label: '5. GET /api/v1/incidents?search= (full text)',
    target: 'app',
    path: '/api/v1/incidents?search=ladder',
    p99Budget: 50,
  },
  {
    id: 'quick_report',
    label: '6. POST quick report (JSON, JWT)',
    target: 'app',
    path: '/api/v1/incidents',
    p99Budget: 50,
  },
  { id: 'baseline_pg', label: '7. baseline node:http + pg row', target: 'baseline', path: '/pg' },
]

/**
 * Credentials and request shapes. Scenarios whose route the build does
 * not have are reported as skipped with the reason, never faked.
 */
export async function prepareScenarios(appUrl, log) {
  const token = await apiToken(appUrl)
  const bearer = { authorization: `Bearer ${token}`, accept: 'application/json' }
  const probe = await fetch(`${appUrl}/api/v1/incidents?page=1`, { headers: bearer })
  await probe.arrayBuffer()
  const incidents = probe.status === 200
  const missing = { ready: false, reason: `GET /api/v1/incidents answered ${probe.status}` }

  const prepared = {
    baseline_hello: { ready: true, request: {} },
    baseline_pg: { ready: true, request: {} },
    app_live: { ready: true, request: {} },
    api_incidents: incidents ? { ready: true, request: { headers: bearer } } : missing,
    api_search: incidents ? { ready: true, request: { headers: bearer } } : missing,
    quick_report: incidents ? await quickReport(appUrl, bearer) : missing,
    inertia_incidents: incidents ? await inertiaPartial(appUrl) : missing,
  }
  log(incidents ? 'incidents API present' : `incidents scenarios skipped (${missing.reason})`)
  return prepared
}

async function quickReport(appUrl, headers) {
  const body = {
    type: 'near_miss',
    description: 'Pallet stacked above the marked line in aisle 4, nearly fell on a forklift.',
    occurredAt: new Date(Date.now() - 60_000).toISOString(),
    siteId: 1,
  }
  return {
    ready: true,
    request: {
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    },
  }
}

async function inertiaPartial(appUrl) {
  const cookie = await sessionCookie(appUrl)
  /* Without the asset version Inertia answers 409 and names the current one */
  const probe = await fetch(`${appUrl}/incidents`, {
    redirect: 'manual',
    headers: { cookie, 'x-inertia': 'true', 'accept': 'text/html, application/xhtml+xml' },
  })
  await probe.arrayBuffer()
  const version = probe.headers.get('x-inertia-version')
  const page = await fetch(`${appUrl}/incidents`, {
    redirect: 'manual',
    headers: { cookie, 'x-inertia': 'true', 'x-inertia-version': version ?? '' },
  })
  await page.arrayBuffer()
  if (page.status !== 200 || !version) {
    return { ready: false, reason: `GET /incidents as Inertia answered ${page.status}` }
  }
  return {
    ready: true,
    request: {
      headers: {
        'cookie': cookie,
        'x-inertia': 'true',
        'x-inertia-version': version,
        'x-inertia-partial-component': 'incidents/index',
        'x-inertia-partial-data': 'incidents',
        'accept': 'text/html, application/xhtml+xml',
      },
    },
  }
}
