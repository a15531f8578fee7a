import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { test } from '@japa/runner'
import app from '@adonisjs/core/services/app'
import { parse } from 'yaml'
import {
  aceCommandNames,
  envSchemaNames,
  readProjectFile,
  runtimeStage,
} from '#tests/helpers/deploy_files'

type Table = Record<string, any>

async function compose(): Promise<Table> {
  return parse(await readProjectFile('docker/compose.yml'), { merge: true }) as Table
}

test.group('docker/compose.yml', () => {
  test('runs the app with PostgreSQL 15, Redis 7, a mail catcher and a release step', async ({
    assert,
  }) => {
    const { services } = await compose()
    assert.sameMembers(Object.keys(services), ['app', 'release', 'postgres', 'redis', 'mailpit'])
    assert.match(services.postgres.image, /^postgres:15(\b|$)/)
    assert.match(services.redis.image, /^redis:7(\b|$)/)
    assert.match(services.mailpit.image, /^axllent\/mailpit(:|$)/)
  })

  test('app and release are built from docker/Dockerfile at the project root', async ({
    assert,
  }) => {
    const { services } = await compose()
    for (const name of ['app', 'release']) {
      const { build } = services[name]
      assert.equal(resolve(app.makePath('docker'), build.context), resolve(app.makePath()))
      assert.equal(build.dockerfile, 'docker/Dockerfile')
      assert.isTrue(existsSync(app.makePath(build.dockerfile)))
    }
    assert.equal(services.app.image, services.release.image)
  })

  test('the app starts only after the release step succeeded and its services are healthy', async ({
    assert,
  }) => {
    const { services } = await compose()
    assert.deepEqual(services.app.depends_on, {
      release: { condition: 'service_completed_successfully' },
      postgres: { condition: 'service_healthy' },
      redis: { condition: 'service_healthy' },
      mailpit: { condition: 'service_healthy' },
    })
    assert.deepEqual(services.release.depends_on, { postgres: { condition: 'service_healthy' } })
    for (const name of ['postgres', 'redis', 'mailpit', 'app']) {
      assert.isArray(services[name].healthcheck?.test, `${name} has no healthcheck`)
    }
  })

  test('the release step and the app run real entrypoints', async ({ assert }) => {
    const { services } = await compose()
    const commands = await aceCommandNames()
    const image = await runtimeStage()
    const [node, ace, command] = services.release.command
    assert.deepEqual([node, ace], ['node', 'ace'])
    assert.isTrue(commands.has(command))
    assert.deepEqual(services.app.command, image.cmd)
  })

  test('the app publishes the port the image listens on', async ({ assert }) => {
    const { services } = await compose()
    const image = await runtimeStage()
    const containerPorts = services.app.ports.map((port: string) => port.split(':').at(-1))
    assert.deepEqual(containerPorts, [services.app.environment.PORT])
    assert.include(image.expose, services.app.environment.PORT)
    assert.include(services.app.healthcheck.test.join(' '), '/health/live')
  })

  test('environment names exist in start/env.ts and point at the compose services', async ({
    assert,
  }) => {
    const { services } = await compose()
    const known = await envSchemaNames()
    for (const name of ['app', 'release']) {
      for (const key of Object.keys(services[name].environment)) {
        assert.isTrue(known.has(key), `${name}: ${key} is not declared in start/env.ts`)
      }
    }
    const env = services.app.environment
    assert.equal(new URL(env.DATABASE_URL).hostname, 'postgres')
    assert.equal(new URL(env.REDIS_URL).hostname, 'redis')
    assert.equal(env.SMTP_HOST, 'mailpit')
    assert.equal(env.NODE_ENV, 'production')
  })

  test('secrets come from the shell, never from the file', async ({ assert }) => {
    const { services } = await compose()
    for (const key of ['APP_KEY', 'JWT_KEY']) {
      assert.match(services.app.environment[key], /^\$\{[A-Z_]+:\?[^}]+\}$/)
    }
  })

  test('attachments persist in a named volume at DRIVE_ROOT', async ({ assert }) => {
    const config = await compose()
    const [volume] = config.services.app.volumes as string[]
    const [name, target] = volume.split(':')
    assert.property(config.volumes, name)
    assert.isTrue(config.services.app.environment.DRIVE_ROOT.startsWith(`${target}/`))
  })
})
