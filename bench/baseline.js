/*
| The raw node:http baseline the app is measured against, in the same run:
|   GET /hello  → a small JSON body
|   GET /pg     → one row from PostgreSQL by primary key (a pooled pg client)
| Started by bench/run.js with BASELINE_PORT and DATABASE_URL.
*/

import { createServer } from 'node:http'
import pg from 'pg'

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 })
const body = JSON.stringify({ hello: 'world' })

const server = createServer(async (request, response) => {
  if (request.url === '/hello') {
    response.writeHead(200, { 'content-type': 'application/json' })
    return response.end(body)
  }
  if (request.url === '/pg') {
    try {
      const result = await pool.query('SELECT id, name, email FROM users WHERE id = $1', [1])
      response.writeHead(200, { 'content-type': 'application/json' })
      return response.end(JSON.stringify(result.rows[0] ?? null))
    } catch (error) {
      response.writeHead(500)
      return response.end(String(error))
    }
  }
  response.writeHead(404)
  response.end()
})

server.keepAliveTimeout = 65_000
server.listen(Number(process.env.BASELINE_PORT), '127.0.0.1')
process.on('SIGTERM', () => server.close(() => pool.end().then(() => process.exit(0))))
