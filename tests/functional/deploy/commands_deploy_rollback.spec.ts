import { test } from '@japa/runner'
import {
  DeployHarness,
  NEW_IMAGE,
  OLD_IMAGE,
  PROD_APP,
  PROD_CONFIG,
  SENTINEL,
  type Scenario,
  fastVerify,
  healthyScenario,
} from '#tests/fixtures/deploy/harness'

const V11_IMAGE = 'registry.fly.io/harmoni-fixture-prod:deployment-v11'

/** v13 (NEW_IMAGE) is live; v12 and v11 completed earlier, v10 failed. */
function historyScenario(): Scenario {
  const scenario = healthyScenario({
    releases: {
      stdout: [
        { Version: 13, Status: 'complete', ImageRef: NEW_IMAGE },
        { Version: 12, Status: 'complete', ImageRef: OLD_IMAGE },
        { Version: 11, Status: 'succeeded', ImageRef: V11_IMAGE },
        { Version: 10, Status: 'failed', ImageRef: `${V11_IMAGE}-broken` },
      ],
    },
  })
  return { ...scenario, initialImage: NEW_IMAGE }
}

async function harnessFor(scenario: Scenario, cleanup: (fn: () => Promise<void>) => void) {
  const harness = await DeployHarness.create(scenario)
  cleanup(() => harness.cleanup())
  return harness
}

const redeployArgv = (image: string) => [
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

test.group('deploy:rollback', () => {
  test('redeploys the release given by --version, verifies it and notifies', async ({
    assert,
    cleanup,
  }) => {
    const harness = await harnessFor(historyScenario(), cleanup)

    const run = await harness.ace('deploy:rollback', [
      '--env',
      'production',
      '--config',
      PROD_CONFIG,
      '--version',
      '11',
      ...fastVerify(harness),
    ])

    assert.equal(run.code, 0, run.output)
    const calls = await harness.calls()
    assert.deepEqual(
      calls.map((call) => call.argv),
      [
        ['releases', '--json', '--image', '-a', PROD_APP],
        redeployArgv(V11_IMAGE),
        ['checks', 'list', '--json', '-a', PROD_APP],
        ['machines', 'list', '--json', '-a', PROD_APP],
      ]
    )
    assert.equal(await harness.currentImage(), V11_IMAGE)
    assert.include(run.output, `Rolled ${PROD_APP} back to v11 (${V11_IMAGE}); it verified`)
    assert.include(harness.slackPosts[0].text, 'rolled back')
    assert.include(JSON.stringify(harness.slackPosts[0].blocks), '*Version*\\nv11')
    assert.notInclude(run.output, SENTINEL)
  })

  test('defaults to the release before the current one', async ({ assert, cleanup }) => {
    const harness = await harnessFor(historyScenario(), cleanup)

    const run = await harness.ace('deploy:rollback', [
      '--env',
      'production',
      '--config',
      PROD_CONFIG,
      ...fastVerify(harness),
    ])

    assert.equal(run.code, 0, run.output)
    const deploys = await harness.callsOf('deploy')
    assert.deepEqual(
      deploys.map((call) => call.argv),
      [redeployArgv(OLD_IMAGE)]
    )
  })

  test('refuses an unknown or failed version without deploying', async ({ assert, cleanup }) => {
    const harness = await harnessFor(historyScenario(), cleanup)
    const base = ['--env', 'production', '--config', PROD_CONFIG, ...fastVerify(harness)]

    const unknown = await harness.ace('deploy:rollback', [...base, '--version', '99'])
    assert.equal(unknown.code, 1, unknown.output)
    assert.include(unknown.output, `${PROD_APP} has no release v99`)

    const failed = await harness.ace('deploy:rollback', [...base, '--version', '10'])
    assert.equal(failed.code, 1, failed.output)
    assert.include(failed.output, 'release v10 failed: pick a release that completed')

    assert.lengthOf(await harness.callsOf('deploy'), 0)
  })

  test('exits 1 with a clear message when the redeployed release does not verify', async ({
    assert,
    cleanup,
  }) => {
    const harness = await harnessFor(historyScenario(), cleanup)
    harness.healthByImage = { [OLD_IMAGE]: 503 }

    const run = await harness.ace('deploy:rollback', [
      '--env',
      'production',
      '--config',
      PROD_CONFIG,
      ...fastVerify(harness),
    ])

    assert.equal(run.code, 1, run.output)
    assert.include(
      run.output,
      `ROLLBACK FAILED: redeploying v12 (${OLD_IMAGE}) to ${PROD_APP} failed`
    )
    assert.include(harness.slackPosts[0].text, 'ROLLBACK FAILED')
  })
})
