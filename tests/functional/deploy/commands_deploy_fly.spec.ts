import { chmod, mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { test } from '@japa/runner'
import {
  BUILT_IMAGE,
  DeployHarness,
  FIXTURES,
  NEW_IMAGE,
  OLD_IMAGE,
  PROD_APP,
  PROD_CONFIG,
  SECRETS,
  SENTINEL,
  STAGING_APP,
  STAGING_CONFIG,
  type Scenario,
  fastVerify,
  happyArgv,
  healthyScenario,
  machine,
  sha256,
} from '#tests/fixtures/deploy/harness'

async function harnessFor(scenario: Scenario, cleanup: (fn: () => Promise<void>) => void) {
  const harness = await DeployHarness.create(scenario)
  cleanup(() => harness.cleanup())
  return harness
}

const prod = ['--env', 'production', '--config', PROD_CONFIG]
const rollbackArgv = (image: string) => [
  'deploy',
  '-c',
  PROD_CONFIG,
  '--image',
  image,
  '--skip-release-command',
  '--strategy',
  'immediate',
  '--wait-timeout',
  '300',
]

test.group('deploy:fly', () => {
  test('deploys, verifies and notifies with the exact flyctl calls', async ({
    assert,
    cleanup,
  }) => {
    const harness = await harnessFor(healthyScenario(), cleanup)
    const repo = await harness.gitRepo(false)

    const run = await harness.ace(
      'deploy:fly',
      [...prod, '--image', NEW_IMAGE, ...fastVerify(harness)],
      { cwd: repo }
    )

    assert.equal(run.code, 0, run.output)
    const calls = await harness.calls()
    assert.deepEqual(
      calls.map((call) => call.argv),
      happyArgv(NEW_IMAGE)
    )
    assert.notInclude(
      calls.flatMap((call) => call.argv),
      '--detach'
    )
    assert.isTrue(calls.every((call) => call.tokenSha256 === sha256(SECRETS.FLY_API_TOKEN)))
    assert.include(run.output, 'Git working tree is clean')
    assert.include(run.output, 'Deployed harmoni-fixture-prod v13')
    assert.equal(await harness.currentImage(), NEW_IMAGE)

    assert.lengthOf(harness.slackPosts, 1)
    const [post] = harness.slackPosts
    assert.include(post.text, 'Deploy succeeded')
    const fields = post.blocks[1].fields.map((field: { text: string }) => field.text)
    assert.includeMembers(fields, [
      `*App*\n${PROD_APP}`,
      '*Environment*\nproduction',
      '*Version*\nv13',
      `*Image*\n${NEW_IMAGE}`,
      '*Result*\nsucceeded',
    ])
    assert.isTrue(fields.some((field: string) => field.startsWith('*Duration*\n')))
  })

  test('verifies the built image of the new release when no --image is given', async ({
    assert,
    cleanup,
  }) => {
    const harness = await harnessFor(
      healthyScenario({
        'secrets list': {
          stdout: [{ Name: 'APP_KEY' }, { Name: 'JWT_KEY' }, { Name: 'DATABASE_URL' }],
        },
      }),
      cleanup
    )

    const run = await harness.ace('deploy:fly', [
      '--env',
      'staging',
      '--config',
      STAGING_CONFIG,
      '--allow-dirty',
      '--strategy',
      'bluegreen',
      ...fastVerify(harness),
    ])

    assert.equal(run.code, 0, run.output)
    const calls = await harness.calls()
    assert.deepEqual(calls[2].argv, [
      'deploy',
      '-c',
      STAGING_CONFIG,
      '--strategy',
      'bluegreen',
      '--wait-timeout',
      '300',
    ])
    assert.isTrue(calls.every((call) => call.argv.includes(STAGING_APP) || call.key === 'deploy'))
    assert.include(run.output, `v13 ${BUILT_IMAGE}`)
    assert.include(harness.slackPosts[0].text, 'Deploy succeeded')
  })

  test('rolls back to the previous image when /health never answers 200', async ({
    assert,
    cleanup,
  }) => {
    const harness = await harnessFor(healthyScenario(), cleanup)
    harness.healthByImage = { [NEW_IMAGE]: 503 }

    const run = await harness.ace('deploy:fly', [
      ...prod,
      '--image',
      NEW_IMAGE,
      '--allow-dirty',
      ...fastVerify(harness),
    ])

    assert.equal(run.code, 1, run.output)
    const deploys = await harness.callsOf('deploy')
    assert.deepEqual(
      deploys.map((call) => call.argv),
      [happyArgv(NEW_IMAGE)[2], rollbackArgv(OLD_IMAGE)]
    )
    assert.equal(await harness.currentImage(), OLD_IMAGE)
    assert.include(run.output, `answered 503`)
    assert.include(run.output, `Rolled back to v12 (${OLD_IMAGE}); the rollback verified`)
    assert.notInclude(run.output, 'ROLLBACK FAILED')
    assert.include(harness.slackPosts[0].text, 'rolled back')
    assert.include(JSON.stringify(harness.slackPosts[0].blocks), '*Result*\\nrolled_back')
  })

  test('says loudly and exits 2 when the rollback itself fails', async ({ assert, cleanup }) => {
    const harness = await harnessFor(
      healthyScenario({
        deploy: [
          { stdout: 'deployed' },
          { exit: 1, stderr: 'Error: lease on machine m-one is held' },
        ],
      }),
      cleanup
    )
    harness.healthByImage = { [NEW_IMAGE]: 503 }

    const run = await harness.ace('deploy:fly', [
      ...prod,
      '--image',
      NEW_IMAGE,
      '--allow-dirty',
      ...fastVerify(harness),
    ])

    assert.equal(run.code, 2, run.output)
    assert.include(run.output, 'ROLLBACK FAILED')
    assert.include(run.output, `rolling back to v12 (${OLD_IMAGE}) failed too`)
    assert.include(run.output, 'lease on machine m-one is held')
    assert.lengthOf(await harness.callsOf('deploy'), 2)
    assert.include(harness.slackPosts[0].text, 'ROLLBACK FAILED')
  })

  test('reports a rollback that deploys but does not verify as a failed rollback', async ({
    assert,
    cleanup,
  }) => {
    const harness = await harnessFor(healthyScenario(), cleanup)
    harness.healthByImage = { [NEW_IMAGE]: 503, [OLD_IMAGE]: 503 }

    const run = await harness.ace('deploy:fly', [
      ...prod,
      '--image',
      NEW_IMAGE,
      '--allow-dirty',
      ...fastVerify(harness),
    ])

    assert.equal(run.code, 2, run.output)
    assert.match(
      run.output,
      /ROLLBACK FAILED: .*rolling back to v12 .* failed too: verification failed/
    )
  })

  test('rolls back when a machine still runs another image after a "successful" deploy', async ({
    assert,
    cleanup,
  }) => {
    const harness = await harnessFor(
      healthyScenario({
        'machines list': {
          byImage: {
            [NEW_IMAGE]: {
              stdout: [machine('m-one', 'started'), machine('m-two', 'started', OLD_IMAGE)],
            },
            '*': { stdout: [machine('m-one', 'started'), machine('m-two', 'started')] },
          },
        },
      }),
      cleanup
    )

    const run = await harness.ace('deploy:fly', [
      ...prod,
      '--image',
      NEW_IMAGE,
      '--allow-dirty',
      ...fastVerify(harness),
    ])

    assert.equal(run.code, 1, run.output)
    assert.include(run.output, `1 machine(s) not on ${NEW_IMAGE}: m-two (${OLD_IMAGE})`)
    assert.include(run.output, 'Rolled back to v12')
    const deploys = await harness.callsOf('deploy')
    assert.deepEqual(deploys.at(-1)?.argv, rollbackArgv(OLD_IMAGE))
  })

  test('rolls back when fewer machines than min_machines_running are started', async ({
    assert,
    cleanup,
  }) => {
    const harness = await harnessFor(
      healthyScenario({
        'machines list': {
          byImage: {
            [NEW_IMAGE]: { stdout: [machine('m-one', 'started'), machine('m-two', 'stopped')] },
            '*': { stdout: [machine('m-one', 'started'), machine('m-two', 'started')] },
          },
        },
      }),
      cleanup
    )

    const run = await harness.ace('deploy:fly', [
      ...prod,
      '--image',
      NEW_IMAGE,
      '--allow-dirty',
      ...fastVerify(harness),
    ])

    assert.equal(run.code, 1, run.output)
    assert.include(run.output, `expected 2 started machine(s) on ${NEW_IMAGE}, found 1`)
    assert.include(run.output, 'Rolled back to v12')
  })

  test('cannot roll back a failed first deploy and says so', async ({ assert, cleanup }) => {
    const harness = await harnessFor(
      healthyScenario({
        releases: { stdout: [] },
        deploy: { exit: 1, stderr: 'Error: release command failed' },
      }),
      cleanup
    )

    const run = await harness.ace('deploy:fly', [...prod, '--allow-dirty', ...fastVerify(harness)])

    assert.equal(run.code, 2, run.output)
    assert.include(run.output, 'There is no previous release')
    assert.include(run.output, 'no previous successful release to roll back to')
    assert.include(run.output, 'release command failed')
  })

  test('stops in preflight when a required secret is missing', async ({ assert, cleanup }) => {
    const harness = await harnessFor(
      healthyScenario({
        'secrets list': {
          stdout: [{ Name: 'APP_KEY' }, { name: 'jwt_key' }, { Name: 'DATABASE_URL' }],
        },
      }),
      cleanup
    )

    const run = await harness.ace('deploy:fly', [...prod, '--allow-dirty', ...fastVerify(harness)])

    assert.equal(run.code, 1, run.output)
    assert.include(run.output, `missing secrets on ${PROD_APP}: REDIS_URL`)
    assert.include(run.output, 'Preflight failed, nothing was deployed')
    const calls = await harness.calls()
    assert.deepEqual(
      calls.map((call) => call.key),
      ['secrets list']
    )
    assert.include(harness.slackPosts[0].text, 'stopped in preflight')
  })

  test('refuses a dirty git tree unless --allow-dirty is given', async ({ assert, cleanup }) => {
    const harness = await harnessFor(healthyScenario(), cleanup)
    const repo = await harness.gitRepo(true)

    const run = await harness.ace('deploy:fly', [...prod, ...fastVerify(harness)], { cwd: repo })

    assert.equal(run.code, 1, run.output)
    assert.include(run.output, 'the git working tree has 1 uncommitted change(s) (uncommitted.txt)')
    assert.deepEqual(await harness.calls(), [])
  })

  test('checks the config file before anything else', async ({ assert, cleanup }) => {
    const harness = await harnessFor(healthyScenario(), cleanup)
    const cases: Array<[string, string]> = [
      [join(FIXTURES, 'missing.toml'), 'config file not found'],
      [join(FIXTURES, 'invalid.toml'), 'is not valid TOML at line 1'],
      [join(FIXTURES, 'no_app.toml'), 'has no app name'],
    ]
    for (const [config, message] of cases) {
      const run = await harness.ace('deploy:fly', [
        '--env',
        'production',
        '--config',
        config,
        '--allow-dirty',
      ])
      assert.equal(run.code, 1, run.output)
      assert.include(run.output, message)
    }
    const noToken = await harness.ace('deploy:fly', [...prod, '--allow-dirty'], {
      env: { FLY_API_TOKEN: undefined },
    })
    assert.equal(noToken.code, 1)
    assert.include(noToken.output, 'FLY_API_TOKEN is not set')
    assert.deepEqual(await harness.calls(), [])
  })

  test('prints the plan on --dry-run and runs nothing', async ({ assert, cleanup }) => {
    const harness = await harnessFor(healthyScenario(), cleanup)

    const run = await harness.ace('deploy:fly', [
      ...prod,
      '--image',
      NEW_IMAGE,
      '--strategy',
      'canary',
      '--dry-run',
      ...fastVerify(harness),
    ])

    assert.equal(run.code, 0, run.output)
    assert.include(
      run.output,
      `flyctl deploy -c ${PROD_CONFIG} --strategy canary --image ${NEW_IMAGE} --wait-timeout 300`
    )
    assert.include(run.output, `flyctl secrets list --json -a ${PROD_APP}`)
    assert.include(run.output, '--skip-release-command --strategy immediate')
    assert.include(run.output, `GET ${harness.healthUrl} until 200`)
    assert.notInclude(run.output, '--detach')
    assert.deepEqual(await harness.calls(), [])
    assert.equal(harness.healthRequests, 0)
    assert.lengthOf(harness.slackPosts, 0)
  })

  test('keeps the exit code when the Slack webhook fails', async ({ assert, cleanup }) => {
    const harness = await harnessFor(healthyScenario(), cleanup)
    harness.slackStatus = 500

    const run = await harness.ace('deploy:fly', [
      ...prod,
      '--image',
      NEW_IMAGE,
      '--allow-dirty',
      ...fastVerify(harness),
    ])

    assert.equal(run.code, 0, run.output)
    assert.include(run.output, 'Slack notification not sent: the Slack webhook answered 500')
    assert.lengthOf(harness.slackPosts, 1)
  })

  test('never puts a secret in argv or in the output', async ({ assert, cleanup }) => {
    const echo =
      'token={{env:FLY_API_TOKEN}} db={{env:DATABASE_URL}} key={{env:APP_KEY}} jwt={{env:JWT_KEY}}'
    const harness = await harnessFor(
      healthyScenario({
        deploy: [
          { stdout: echo, stderr: 'hook={{env:SLACK_WEBHOOK_URL}}' },
          { exit: 1, stderr: `rollback refused: ${echo}` },
        ],
      }),
      cleanup
    )
    harness.healthByImage = { [NEW_IMAGE]: 503 }

    const run = await harness.ace('deploy:fly', [
      ...prod,
      '--image',
      NEW_IMAGE,
      '--allow-dirty',
      ...fastVerify(harness),
    ])

    assert.equal(run.code, 2, run.output)
    assert.include(run.output, 'token=***')
    assert.include(run.output, 'rollback refused')
    assert.notInclude(run.output, SENTINEL)
    const calls = await harness.calls()
    assert.isAbove(calls.length, 4)
    assert.notInclude(JSON.stringify(calls), SENTINEL)
    assert.notInclude(JSON.stringify(harness.slackPosts), SENTINEL)
    for (const secret of Object.values(SECRETS)) assert.notInclude(run.output, secret)
  })
})

test.group('deploy:fly without a working flyctl', () => {
  test('says "flyctl not found" when neither flyctl nor fly is on PATH', async ({
    assert,
    cleanup,
  }) => {
    const harness = await harnessFor(healthyScenario(), cleanup)
    const emptyBin = join(harness.dir, 'empty-bin')
    await mkdir(emptyBin)

    const run = await harness.ace('deploy:fly', [...prod, '--allow-dirty'], { path: emptyBin })

    assert.equal(run.code, 1, run.output)
    assert.include(run.output, 'flyctl not found: looked for "flyctl" and "fly" on PATH')
    assert.deepEqual(await harness.calls(), [])
  })

  test('tells a non-executable flyctl apart from one that cannot start', async ({
    assert,
    cleanup,
  }) => {
    const harness = await harnessFor(healthyScenario(), cleanup)
    const plainFile = join(harness.dir, 'plain-bin')
    await mkdir(plainFile)
    await writeFile(join(plainFile, 'flyctl'), '#!/bin/sh\necho never\n')

    const notExecutable = await harness.ace('deploy:fly', [...prod, '--allow-dirty'], {
      path: plainFile,
    })
    assert.equal(notExecutable.code, 1)
    assert.include(
      notExecutable.output,
      `flyctl was found at ${plainFile}/flyctl but is not executable`
    )

    const brokenShebang = join(harness.dir, 'broken-bin')
    await mkdir(brokenShebang)
    await writeFile(join(brokenShebang, 'fly'), '#!/nonexistent/interpreter\n')
    await chmod(join(brokenShebang, 'fly'), 0o755)

    const cannotStart = await harness.ace('deploy:fly', [...prod, '--allow-dirty'], {
      path: brokenShebang,
    })
    assert.equal(cannotStart.code, 1)
    assert.include(cannotStart.output, `${brokenShebang}/fly could not be started (ENOENT`)
    assert.notInclude(cannotStart.output, 'not executable')
  })

  test('gives exit codes 1, 126 and 127 distinct messages', async ({ assert, cleanup }) => {
    const harness = await harnessFor(healthyScenario(), cleanup)
    const expectations: Array<[number, string]> = [
      [1, 'flyctl secrets list failed (exit 1): Error: not authorized'],
      [126, 'was found but could not execute (exit 126'],
      [127, 'a program flyctl needs was not found (exit 127'],
    ]
    const messages: string[] = []
    for (const [exit, expected] of expectations) {
      await harness.setScenario(
        healthyScenario({ 'secrets list': { exit, stderr: 'Error: not authorized' } })
      )
      const run = await harness.ace('deploy:fly', [...prod, '--allow-dirty'])
      assert.equal(run.code, 1, run.output)
      assert.include(run.output, expected)
      messages.push(expected)
      for (const other of expectations.filter(([code]) => code !== exit)) {
        assert.notInclude(run.output, other[1])
      }
    }
    assert.lengthOf(new Set(messages), 3)
    assert.lengthOf(await harness.callsOf('deploy'), 0)
  })
})
