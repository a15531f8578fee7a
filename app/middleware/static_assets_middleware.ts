import { readdirSync } from 'node:fs'
import app from '@adonisjs/core/services/app'
import StaticMiddleware from '@adonisjs/static/static_middleware'
import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'

/**
 * Serves files from public/ (the built assets) without asking the disk
 * about every other URL: serve-static stats the path of each GET it sees,
 * pages and API calls included. The top-level names of public/ are read
 * once at boot, and only requests under one of them reach serve-static.
 */
export default class StaticAssetsMiddleware {
  static #roots: Set<string> | undefined

  static roots() {
    if (!this.#roots) {
      try {
        this.#roots = new Set(readdirSync(app.publicPath()))
      } catch {
        this.#roots = new Set()
      }
    }
    return this.#roots
  }

  #files?: Promise<StaticMiddleware>

  handle(ctx: HttpContext, next: NextFn) {
    const { method, url = '/' } = ctx.request.request
    if (method !== 'GET' && method !== 'HEAD') return next()
    const root = url.slice(1).split(/[/?#]/, 1)[0]
    if (!StaticAssetsMiddleware.roots().has(root)) return next()
    this.#files ??= app.container.make(StaticMiddleware)
    return this.#files.then((files) => files.handle(ctx, next))
  }
}
