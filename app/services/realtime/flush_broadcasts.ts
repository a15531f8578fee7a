/**
 * Transmit publishes to the Redis bus without waiting for the reply, and
 * an Ace command terminates the app (closing that connection) as soon as
 * it returns: a publish still queued then rejects and crashes the process
 * after the job succeeded. Commands that notify give the bus this moment
 * to flush before they return.
 */
export function flushBroadcasts(ms = 250) {
  return new Promise((resolve) => setTimeout(resolve, ms))
}
