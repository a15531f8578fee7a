/*
| The bench's mail server: a real SMTP server (smtp-server) that counts
| and discards what it receives. Production has one; without it, every
| notification mail of the quick-report scenario failed to connect and
| its retries ran in the server under measurement.
*/

import { SMTPServer } from 'smtp-server'

export async function startMailSink(port) {
  const sink = { port, received: 0 }
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, _session, callback) {
      stream.on('data', () => {})
      stream.on('end', () => {
        sink.received += 1
        callback()
      })
    },
  })
  await new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, '127.0.0.1', resolve)
  })
  sink.close = () => new Promise((resolve) => server.close(resolve))
  return sink
}
