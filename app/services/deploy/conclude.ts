import type { DeployOutcome } from '#services/deploy/fly_deployer'
import type { Redactor } from '#services/deploy/redactor'
import type { DeployReporter } from '#services/deploy/reporter'
import { notifySlack } from '#services/deploy/slack_notifier'

/**
 * Prints how a deploy or rollback ended and posts the summary to Slack. A
 * Slack failure is only a warning: it never changes the exit code.
 */
export async function concludeDeploy(
  reporter: DeployReporter,
  redactor: Redactor,
  outcome: DeployOutcome,
  webhookUrl = process.env.SLACK_WEBHOOK_URL
) {
  if (outcome.exitCode === 0) reporter.success(outcome.message)
  else reporter.error(outcome.message)

  const detail = outcome.detail === undefined ? undefined : redactor.mask(outcome.detail)
  const notification = await notifySlack({ ...outcome, detail }, webhookUrl)
  if (notification.problem) reporter.warn(`Slack notification not sent: ${notification.problem}`)
  else if (notification.sent) reporter.info('Slack notified')
}
