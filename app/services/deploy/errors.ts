/**
 * A deploy step failed in a way the operator can act on. The message is
 * printed as is (after redaction), so it says what happened and what to do.
 */
export class DeployError extends Error {}

export type FlyctlFailure =
  | 'not_found'
  | 'not_executable'
  | 'spawn_failed'
  | 'exit_126'
  | 'exit_127'
  | 'exit'
  | 'signal'
  | 'timeout'
  | 'invalid_json'

/**
 * Why a flyctl invocation failed. The kinds are kept apart because each
 * calls for a different fix: install it, chmod it, repair a wrapper, or read
 * the error flyctl printed.
 */
export class FlyctlError extends DeployError {
  constructor(
    message: string,
    readonly kind: FlyctlFailure,
    readonly exitCode?: number
  ) {
    super(message)
  }
}
