import http from 'node:http'
import { once } from 'node:events'

/**
 * A tiny round-robin HTTP proxy standing in for Fly's: each request goes
 * to the next upstream, streams included (piped both ways, never
 * buffered). It remembers where each request went.
 */
export class RoundRobinProxy {
  readonly routed: { method: string; path: string; upstream: number }[] = []
  #server?: http.Server
  #next = 0

  constructor(
    readonly port: number,
    private upstreams: number[]
  ) {}

  get url() {
    return `http://127.0.0.1:${this.port}`
  }

  async start() {
    this.#server = http.createServer((request, response) => {
      const upstream = this.upstreams[this.#next++ % this.upstreams.length]
      this.routed.push({ method: request.method!, path: request.url!, upstream })
      const forwarded = http.request(
        {
          host: '127.0.0.1',
          port: upstream,
          method: request.method,
          path: request.url,
          headers: request.headers,
        },
        (reply) => {
          response.writeHead(reply.statusCode!, reply.headers)
          reply.pipe(response)
        }
      )
      forwarded.on('error', () => response.destroy())
      response.on('close', () => forwarded.destroy())
      request.pipe(forwarded)
    })
    this.#server.listen(this.port, '127.0.0.1')
    await once(this.#server, 'listening')
    return this
  }

  /** Where the last request for a path went. */
  upstreamOf(path: string) {
    return this.routed.findLast((entry) => entry.path.startsWith(path))?.upstream
  }

  async stop() {
    this.#server?.closeAllConnections()
    await new Promise<void>((resolve) => this.#server?.close(() => resolve()) ?? resolve())
  }
}
