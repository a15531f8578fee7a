/*
|--------------------------------------------------------------------------
| HTTP server entrypoint
|--------------------------------------------------------------------------
|
| SIGTERM (Fly's kill signal) and SIGINT both shut down gracefully: stop
| accepting, let in-flight requests finish, close pools, exit 0.
|
| Keep-alive connections would otherwise hold the shutdown open until their
| idle timeout (and could still bring new requests), so once a signal
| arrives every response closes its connection and idle connections are
| closed as soon as they become idle. Connections still open shortly before
| Fly's kill_timeout (long streams) are cut, so the process still exits on
| its own and closes its pools.
|
| GET /health/live is answered here, before the framework: it only proves
| the process answers, at the cost of a raw node:http response.
|
*/

import 'reflect-metadata'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import { Ignitor, prettyPrintError } from '@adonisjs/core'
import { answerLiveness } from '#services/liveness'

const APP_ROOT = new URL('../', import.meta.url)
const FORCE_CLOSE_AFTER_MS = 8_000

const IMPORTER = (filePath: string) => {
  if (filePath.startsWith('./') || filePath.startsWith('../')) {
    return import(new URL(filePath, APP_ROOT).href)
  }
  return import(filePath)
}

let nodeServer: ReturnType<typeof createServer> | undefined
let shuttingDown = false
const pendingResponses = new Set<ServerResponse>()

function createHttpServer(handler: (req: IncomingMessage, res: ServerResponse) => unknown) {
  nodeServer = createServer()
  nodeServer.on('request', (_, res: ServerResponse) => {
    if (shuttingDown) {
      res.setHeader('connection', 'close')
      return
    }
    pendingResponses.add(res)
    res.once('close', () => pendingResponses.delete(res))
  })
  /* Liveness probes never need the framework: answered before it (app/services/liveness.ts) */
  nodeServer.on('request', (req, res) => answerLiveness(req, res) || handler(req, res))
  return nodeServer
}

function drainConnections() {
  shuttingDown = true
  for (const res of pendingResponses) {
    if (!res.headersSent) res.setHeader('connection', 'close')
  }
  setInterval(() => nodeServer?.closeIdleConnections(), 250).unref()
  setTimeout(() => nodeServer?.closeAllConnections(), FORCE_CLOSE_AFTER_MS).unref()
}

new Ignitor(APP_ROOT, { importer: IMPORTER })
  .tap((app) => {
    app.booting(async () => {
      await import('#start/env')
    })
    const shutdown = () => {
      drainConnections()
      return app.terminate()
    }
    app.listen('SIGTERM', shutdown)
    app.listen('SIGINT', shutdown)
  })
  .httpServer()
  .start(createHttpServer)
  .catch((error) => {
    process.exitCode = 1
    prettyPrintError(error)
  })
