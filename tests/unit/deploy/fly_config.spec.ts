import { existsSync } from 'node:fs'
import { test } from '@japa/runner'
import app from '@adonisjs/core/services/app'
import router from '@adonisjs/core/services/router'
import { parse } from 'smol-toml'
import {
  aceCommandNames,
  durationMs,
  envSchemaNames,
  readProjectFile,
  runtimeStage,
} from '#tests/helpers/deploy_files'

type Table = Record<string, any>

async function flyConfig(file: string): Promise<Table> {
  return parse(await readProjectFile(file)) as Table
}

const CONFIGS = [
  { file: 'fly.toml', app: 'harmonihse360-app', memory: 1024 },
  { file: 'fly.staging.toml', app: 'harmonihse360-staging', memory: 512 },
]

function appVm(config: Table) {
  return (config.vm as Table[]).find((vm) => !vm.processes || vm.processes.includes('app'))
}

test.group('Fly configuration', () => {
  for (const expected of CONFIGS) {
    test('{file} names its app, region and the seed VM size')
      .with([expected])
      .run(async ({ assert }, { file, app: appName, memory }) => {
        const config = await flyConfig(file)
        assert.equal(config.app, appName)
        assert.equal(config.primary_region, 'sjc')
        assert.deepInclude(appVm(config), { cpu_kind: 'shared', cpus: 1, memory_mb: memory })
      })

    test('{file} routes traffic to the port the image listens on')
      .with([expected])
      .run(async ({ assert }, { file }) => {
        const config = await flyConfig(file)
        const image = await runtimeStage()
        assert.equal(config.http_service.internal_port, 8080)
        assert.equal(String(config.http_service.internal_port), config.env.PORT)
        assert.equal(image.env.PORT, config.env.PORT)
        assert.include(image.expose, String(config.http_service.internal_port))
        assert.isTrue(config.http_service.force_https)
        assert.deepEqual(config.http_service.processes, ['app'])
      })

    test('{file} health check hits a GET route the app defines, after boot')
      .with([expected])
      .run(async ({ assert }, { file }) => {
        const config = await flyConfig(file)
        const [check] = config.http_service.checks as Table[]
        assert.equal(check.method, 'GET')
        assert.equal(check.path, '/health')

        if (!router.commited) router.commit()
        const matched = router.match(check.path, check.method, false)
        assert.equal(matched?.route.pattern, '/health')

        assert.isAtLeast(durationMs(check.grace_period), 20_000)
        assert.equal(durationMs(check.interval), 15_000)
        assert.equal(durationMs(check.timeout), 5_000)
      })

    test('{file} release command and processes are real entrypoints')
      .with([expected])
      .run(async ({ assert }, { file }) => {
        const config = await flyConfig(file)
        const commands = await aceCommandNames()
        const image = await runtimeStage()
        const [node, ace, command, ...rest] = String(config.deploy.release_command).split(' ')
        assert.deepEqual([node, ace, rest], ['node', 'ace', []])
        assert.isTrue(commands.has(command), `"${command}" is not an ace command`)

        assert.deepEqual(Object.keys(config.processes).sort(), ['app', 'scheduler'])
        assert.equal(config.processes.app, image.cmd?.join(' '))
        for (const line of Object.values(config.processes) as string[]) {
          const [binary, script] = line.split(' ')
          assert.equal(binary, 'node')
          const source = script.replace(/\.js$/, '.ts')
          assert.isTrue(existsSync(app.makePath(source)), `${source} compiles to ${script}`)
        }
      })

    test('{file} sets only variables start/env.ts validates')
      .with([expected])
      .run(async ({ assert }, { file }) => {
        const config = await flyConfig(file)
        const known = await envSchemaNames()
        assert.isAbove(known.size, 10)
        for (const name of Object.keys(config.env)) {
          assert.isTrue(known.has(name), `${name} is not declared in start/env.ts`)
        }
        assert.deepInclude(config.env, {
          NODE_ENV: 'production',
          PORT: '8080',
          HOST: '0.0.0.0',
          LOG_LEVEL: 'info',
        })
      })

    test('{file} keeps attachments on the volume and deploys without overlap')
      .with([expected])
      .run(async ({ assert }, { file }) => {
        const config = await flyConfig(file)
        const [mount] = config.mounts as Table[]
        assert.deepInclude(mount, { source: 'harmoni_data', destination: '/data' })
        assert.deepEqual(mount.processes, ['app'])
        assert.isTrue(String(config.env.DRIVE_ROOT).startsWith(`${mount.destination}/`))

        // Fly's bluegreen strategy refuses machines with volumes.
        assert.equal(config.deploy.strategy, 'rolling')
        assert.equal(config.kill_signal, 'SIGTERM')
        assert.isAtLeast(durationMs(config.kill_timeout), 30_000)

        const concurrency = config.http_service.concurrency
        assert.equal(concurrency.type, 'connections')
        assert.isAbove(concurrency.hard_limit, concurrency.soft_limit)
        assert.isAtLeast(concurrency.soft_limit, 1000)
      })
  }

  test('production never scales to zero; staging suspends when idle', async ({ assert }) => {
    const production = await flyConfig('fly.toml')
    const staging = await flyConfig('fly.staging.toml')
    assert.deepInclude(production.http_service, {
      auto_stop_machines: 'off',
      min_machines_running: 1,
    })
    assert.deepInclude(staging.http_service, {
      auto_stop_machines: 'suspend',
      min_machines_running: 0,
    })
  })
})
