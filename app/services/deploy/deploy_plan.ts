import { ENVIRONMENT_SETTINGS } from '#services/deploy/environments'
import { flyArgs, formatCall } from '#services/deploy/flyctl'
import type { DeployOptions } from '#services/deploy/fly_deployer'
import type { FlyAppConfig } from '#services/deploy/fly_toml'

/**
 * What `deploy:fly` would do, as printable lines. --dry-run runs nothing at
 * all (no flyctl, no git, no HTTP), so this is built from the local config
 * and flags only. The commands come from the same `flyArgs` a real run uses.
 */
export function deployPlan(options: DeployOptions, config: FlyAppConfig, slackConfigured: boolean) {
  const { app } = config
  const settings = ENVIRONMENT_SETTINGS[options.env]
  const machines = options.machines ?? Math.max(1, config.minMachinesRunning)
  const healthUrl = options.healthUrl ?? `https://${app}.fly.dev/health`
  const wait = options.waitTimeoutSeconds
  const seconds = (ms: number) => `${ms / 1000}s`
  return [
    `Plan for ${options.env}: app ${app}, config ${config.path}. Dry run: nothing is executed.`,
    '1. Preflight',
    `   check FLY_API_TOKEN is set (${options.processEnv.FLY_API_TOKEN ? 'it is' : 'it is NOT'}), flyctl is on PATH`,
    options.allowDirty
      ? '   skip the git check (--allow-dirty)'
      : `   git status --porcelain (in ${options.cwd})`,
    `   ${formatCall(flyArgs.secretsList(app))}   # requires ${settings.requiredSecrets.join(', ')}`,
    `   ${formatCall(flyArgs.releases(app))}   # rollback target = newest successful release`,
    '2. Deploy',
    `   ${formatCall(flyArgs.deploy(config.path, options.strategy, options.image, wait))}`,
    '3. Verify',
    ...(options.image
      ? []
      : [`   ${formatCall(flyArgs.releases(app))}   # image of the new release`]),
    `   GET ${healthUrl} until 200, every ${seconds(options.pollIntervalMs)} for up to ${seconds(options.verifyTimeoutMs)}`,
    `   ${formatCall(flyArgs.checks(app))}   # every check passing`,
    `   ${formatCall(flyArgs.machines(app))}   # ${machines}+ started, all on the new image`,
    '4. On failure: roll back, then verify again',
    `   ${formatCall(flyArgs.redeploy(config.path, '<previous image>', 'immediate', wait))}`,
    '5. Notify',
    slackConfigured
      ? '   POST the summary to SLACK_WEBHOOK_URL'
      : '   skipped: SLACK_WEBHOOK_URL is not set',
  ]
}
