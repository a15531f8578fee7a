import type { IncomingMessage, ServerResponse } from 'node:http'

const LIVE_BODY = '{"status":"ok"}'
const LIVE_HEADERS = {
  'content-type': 'application/json; charset=utf-8',
  'content-length': String(Buffer.byteLength(LIVE_BODY)),
  'cache-control': 'no-store',
}

/**
 * `GET|HEAD /health/live` proves only that the process answers, so it is
 * a fixed response written straight to the socket. The production server
 * (bin/server.ts) calls this before the framework sees the request; the
 * health probe middleware does the same for servers started otherwise
 * (tests). Returns false for any other request.
 */
export function answerLiveness(request: IncomingMessage, response: ServerResponse) {
  if (request.url !== '/health/live') return false
  if (request.method !== 'GET' && request.method !== 'HEAD') return false
  response.writeHead(200, LIVE_HEADERS)
  response.end(request.method === 'HEAD' ? undefined : LIVE_BODY)
  return true
}
