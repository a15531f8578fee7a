import { existsSync } from 'node:fs'
import { test } from '@japa/runner'
import app from '@adonisjs/core/services/app'
import { parse } from 'yaml'
import { aceCommandNames, readProjectFile } from '#tests/helpers/deploy_files'

type Table = Record<string, any>

const WORKFLOWS = ['.github/workflows/ci.yml', '.github/workflows/deploy.yml']

async function workflow(file: string): Promise<Table> {
  return parse(await readProjectFile(file)) as Table
}

function asList(value: unknown): string[] {
  if (value === undefined || value === null) return []
  return Array.isArray(value) ? value : [String(value)]
}

function steps(job: Table): Table[] {
  return (job.steps ?? []) as Table[]
}

function runs(job: Table) {
  return steps(job)
    .map((step) => String(step.run ?? ''))
    .join('\n')
}

function stepUsing(job: Table, action: string) {
  return steps(job).filter((step) => String(step.uses ?? '').startsWith(`${action}@`))
}

test.group('CI workflow', () => {
  test('runs on pushes and pull requests, and can be called by the deploy workflow', async ({
    assert,
  }) => {
    const ci = await workflow('.github/workflows/ci.yml')
    assert.containsSubset(Object.keys(ci.on), ['push', 'pull_request', 'workflow_call'])
  })

  test('tests on Node 24 against PostgreSQL 15 and Redis 7, with coverage', async ({ assert }) => {
    const ci = await workflow('.github/workflows/ci.yml')
    const job = ci.jobs.test
    assert.match(job.services.postgres.image, /^postgres:15/)
    assert.match(job.services.redis.image, /^redis:7/)
    assert.equal(String(stepUsing(job, 'actions/setup-node')[0].with['node-version']), '24')

    const commands = runs(job)
    for (const command of ['npm ci', 'npm run lint', 'npm run typecheck']) {
      assert.include(commands, command)
    }
    assert.match(commands, /c8 .*npm test/)
    assert.isTrue(
      commands.indexOf('npm ci') < commands.indexOf('npm run lint'),
      'dependencies install first'
    )
  })

  test('audits runtime dependencies, scans history for secrets, scans files with Trivy', async ({
    assert,
  }) => {
    const { jobs } = await workflow('.github/workflows/ci.yml')
    assert.include(runs(jobs.audit), 'npm audit --omit=dev --audit-level=high')

    assert.equal(stepUsing(jobs.secrets, 'actions/checkout')[0].with['fetch-depth'], 0)
    assert.lengthOf(stepUsing(jobs.secrets, 'gitleaks/gitleaks-action'), 1)

    const [scan] = stepUsing(jobs['trivy-fs'], 'aquasecurity/trivy-action')
    assert.deepInclude(scan.with, { 'scan-type': 'fs', 'format': 'sarif' })
    const [upload] = stepUsing(jobs['trivy-fs'], 'github/codeql-action/upload-sarif')
    assert.deepEqual(upload.with, { sarif_file: scan.with.output, category: 'trivy-fs' })
    assert.equal(jobs['trivy-fs'].permissions['security-events'], 'write')
  })
})

test.group('Deploy workflow', () => {
  test('develop deploys staging, main deploys production, dispatch rolls back', async ({
    assert,
  }) => {
    const deploy = await workflow('.github/workflows/deploy.yml')
    assert.sameMembers(deploy.on.push.branches, ['develop', 'main'])
    const inputs = deploy.on.workflow_dispatch.inputs
    assert.sameMembers(inputs.env.options, ['staging', 'production'])
    assert.isTrue(inputs.env.required)
    assert.property(inputs, 'version')
  })

  test('tests gate the image, the image gates both deploys', async ({ assert }) => {
    const { jobs } = await workflow('.github/workflows/deploy.yml')
    assert.equal(jobs.ci.uses, './.github/workflows/ci.yml')
    assert.include(asList(jobs.image.needs), 'ci')
    assert.include(asList(jobs.staging.needs), 'image')
    assert.include(asList(jobs.production.needs), 'image')

    assert.include(jobs.staging.if, 'refs/heads/develop')
    assert.include(jobs.production.if, 'refs/heads/main')
    assert.notInclude(jobs.staging.if, 'main')
    assert.notInclude(jobs.production.if, 'develop')
  })

  test('the image is built once, pushed to GHCR and Fly, and scanned', async ({ assert }) => {
    const deploy = await workflow('.github/workflows/deploy.yml')
    const image = deploy.jobs.image
    const [build] = stepUsing(image, 'docker/build-push-action')
    assert.equal(build.with.file, 'docker/Dockerfile')
    assert.isTrue(existsSync(app.makePath(build.with.file)))
    assert.isTrue(build.with.push)
    assert.lengthOf(stepUsing(image, 'docker/build-push-action'), 1)
    const refs = steps(image).find((step) => step.id === 'refs')!
    assert.match(refs.run, /^echo "ghcr=ghcr\.io\/.+" >> "\$GITHUB_OUTPUT"$/m)
    assert.match(refs.run, /^echo "fly=registry\.fly\.io\/.+" >> "\$GITHUB_OUTPUT"$/m)
    assert.sameMembers(build.with.tags.trim().split('\n'), [
      '${{ steps.refs.outputs.ghcr }}',
      '${{ steps.refs.outputs.fly }}',
    ])
    assert.equal(image.outputs['fly-image'], '${{ steps.refs.outputs.fly }}')

    const registries = stepUsing(image, 'docker/login-action').map((step) => step.with.registry)
    assert.sameMembers(registries, ['ghcr.io', 'registry.fly.io'])

    const [scan] = stepUsing(image, 'aquasecurity/trivy-action')
    assert.equal(scan.with.format, 'sarif')
    assert.include(scan.with['image-ref'], 'steps.refs.outputs')
    const [upload] = stepUsing(image, 'github/codeql-action/upload-sarif')
    assert.deepEqual(upload.with, { sarif_file: scan.with.output, category: 'trivy-image' })
  })

  test('deploys release the scanned image through the deploy commands', async ({ assert }) => {
    const { jobs } = await workflow('.github/workflows/deploy.yml')
    const known = await aceCommandNames()
    for (const [name, env] of [
      ['staging', 'staging'],
      ['production', 'production'],
    ]) {
      assert.match(
        runs(jobs[name]),
        new RegExp(`node ace deploy:fly --env ${env} --image "\\$IMAGE"`)
      )
      const deployStep = steps(jobs[name]).find((step) => step.run?.includes('deploy:fly'))!
      assert.equal(deployStep.env.IMAGE, '${{ needs.image.outputs.fly-image }}')
      assert.property(deployStep.env, 'FLY_API_TOKEN')
    }
    assert.include(runs(jobs.rollback), 'node ace deploy:rollback')
    assert.equal(jobs.rollback.if, "github.event_name == 'workflow_dispatch'")
    assert.isTrue(known.has('deploy:fly'))
    assert.isTrue(known.has('deploy:rollback'))
  })

  test('production deploys and rollbacks wait for the production environment', async ({
    assert,
  }) => {
    const { jobs } = await workflow('.github/workflows/deploy.yml')
    assert.equal(jobs.production.environment.name, 'production')
    assert.equal(jobs.staging.environment.name, 'staging')
    assert.equal(jobs.rollback.environment.name, '${{ inputs.env }}')
  })

  test('a running deploy is never cancelled and never overlaps a rollback', async ({ assert }) => {
    const deploy = await workflow('.github/workflows/deploy.yml')
    if (deploy.concurrency) assert.isFalse(deploy.concurrency['cancel-in-progress'])

    const groups: Record<string, string> = {}
    for (const name of ['staging', 'production', 'rollback']) {
      const concurrency = deploy.jobs[name].concurrency
      assert.isFalse(concurrency['cancel-in-progress'], `${name} may cancel a deploy`)
      groups[name] = concurrency.group
    }
    assert.equal(groups.rollback.replace('${{ inputs.env }}', 'staging'), groups.staging)
    assert.equal(groups.rollback.replace('${{ inputs.env }}', 'production'), groups.production)
    assert.notEqual(groups.staging, groups.production)
  })
})

test.group('Workflow actions', () => {
  test('every third-party action is pinned to a full commit SHA with its version', async ({
    assert,
  }) => {
    let checked = 0
    for (const file of WORKFLOWS) {
      const source = await readProjectFile(file)
      for (const line of source.split('\n')) {
        const match = line.match(/^\s*(?:-\s*)?uses:\s*(\S+)(.*)$/)
        if (!match || match[1].startsWith('./')) continue
        checked++
        assert.match(match[1], /^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/, `${file}: ${match[1]}`)
        assert.match(match[2], /^\s+#\s*v?\d+(\.\d+)*\s*$/, `${file}: ${match[1]} needs # version`)
      }
    }
    assert.isAbove(checked, 10)
  })

  test('the same action is pinned to the same commit everywhere', async ({ assert }) => {
    const pins = new Map<string, Set<string>>()
    for (const file of WORKFLOWS) {
      const source = await readProjectFile(file)
      for (const [, action, sha] of source.matchAll(/uses:\s*([^@\s]+)@([0-9a-f]{40})/g)) {
        pins.set(action, (pins.get(action) ?? new Set()).add(sha))
      }
    }
    for (const [action, shas] of pins) {
      assert.equal(shas.size, 1, `${action} is pinned to ${[...shas].join(' and ')}`)
    }
  })
})
