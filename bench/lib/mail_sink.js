/*
| The bench's mail server: a real SMTP server (smtp-server) that counts
| and discards what it receives. Production has one; without it, every
| notification mail of the quick-report scenario failed to connect and
| its retries ran in the server under measurement.
*/

import { localSmtpServer } from '../../bin/support.js'

export async function startMailSink(port) {
  const sink = { port, received: 0 }
  const server = await localSmtpServer(() => {
    sink.received += 1
  })
  await new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, '127.0.0.1', resolve)
  })
  /* A client cut off mid-session (a stopped app) must not end the bench */
  server.on('error', () => {})
  sink.close = () => new Promise((resolve) => server.close(resolve))
  return sink
}
