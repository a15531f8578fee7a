import { randomUUID } from 'node:crypto'
import redis from '@adonisjs/redis/services/main'
import logger from '@adonisjs/core/services/logger'
import { redisEnabled } from '#config/redis'
import { realtimeBusPrefix } from '#config/transmit'
import { LocalStreams } from '#services/realtime/local_streams'

type Operation = 'subscribe' | 'unsubscribe'
type Request = { id: string; op: Operation; uid: string; channel: string; userId: number }
type Reply = { id: string; ok: boolean }

const REQUESTS = `${realtimeBusPrefix}:subscription-requests`
const REPLIES = `${realtimeBusPrefix}:subscription-replies`

/**
 * Subscribe and unsubscribe requests for a stream held by another
 * instance. The instance that received the HTTP request authorizes it,
 * then asks over Redis; only the instance holding the stream (and only for
 * the same user) applies it and answers. No answer within `timeoutMs`
 * means no instance holds that stream any more.
 */
export class SubscriptionRelay {
  static timeoutMs = 3_000
  static #pending = new Map<string, (ok: boolean) => void>()
  static #started = false

  static get enabled() {
    return redisEnabled
  }

  static start() {
    if (!this.enabled || this.#started) return
    this.#started = true
    const connection = redis.connection()
    connection.subscribe(REQUESTS, (message) => void this.#onRequest(message))
    connection.subscribe(REPLIES, (message) => this.#onReply(message))
  }

  /** On shutdown: an open subscriber connection would keep the process alive. */
  static async stop() {
    if (!this.#started) return
    this.#started = false
    const connection = redis.connection()
    await connection.unsubscribe(REQUESTS)
    await connection.unsubscribe(REPLIES)
    connection.ioSubscriberConnection?.disconnect()
  }

  /** Resolves true once the owning instance applied the operation. */
  static async forward(op: Operation, uid: string, channel: string, userId: number) {
    if (!this.#started) return false
    const id = randomUUID()
    const answer = new Promise<boolean>((resolve) => {
      const timer = setTimeout(() => {
        this.#pending.delete(id)
        resolve(false)
      }, this.timeoutMs)
      this.#pending.set(id, (ok) => {
        clearTimeout(timer)
        this.#pending.delete(id)
        resolve(ok)
      })
    })
    const request: Request = { id, op, uid, channel, userId }
    await redis.connection().publish(REQUESTS, JSON.stringify(request))
    return answer
  }

  static async #onRequest(message: string) {
    try {
      const request = JSON.parse(message) as Request
      if (!LocalStreams.holds(request.uid)) return
      const ok =
        request.op === 'subscribe'
          ? await LocalStreams.subscribe(request.uid, request.userId, request.channel)
          : await LocalStreams.unsubscribe(request.uid, request.userId, request.channel)
      const reply: Reply = { id: request.id, ok }
      await redis.connection().publish(REPLIES, JSON.stringify(reply))
    } catch (error) {
      logger.error({ err: error }, 'relayed subscription request failed')
    }
  }

  static #onReply(message: string) {
    try {
      const reply = JSON.parse(message) as Reply
      this.#pending.get(reply.id)?.(reply.ok === true)
    } catch (error) {
      logger.error({ err: error }, 'relayed subscription reply unreadable')
    }
  }
}
