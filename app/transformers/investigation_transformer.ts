import type Investigation from '#models/investigation'
import { BaseTransformer } from '@adonisjs/core/transformers'

/** An investigation for its page: the 5 Whys in order, team and sign-off. */
export default class InvestigationTransformer extends BaseTransformer<Investigation> {
  toObject() {
    const investigation = this.resource
    return {
      rootCause: investigation.rootCause ?? '',
      contributingFactors: investigation.contributingFactors ?? '',
      teamIds: investigation.teamIds ?? [],
      whys: (investigation.whys ?? []).map((step) => ({
        why: step.why,
        because: step.because,
        category: step.category,
      })),
      completedAt: investigation.completedAt?.toISO() ?? null,
      signedOffBy: investigation.signer ? investigation.signer.name : null,
    }
  }
}
