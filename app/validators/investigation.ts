import vine from '@vinejs/vine'
import { pastDateTime } from '#validators/incident'
import { CAUSE_CATEGORIES, MAX_WHYS } from '#app/data/investigations'

const text = (max: number) => vine.string().trim().maxLength(max)

/**
 * The investigation form: the 5 Whys in order, the root cause, factors,
 * lessons learned and team. Everything may be saved half-done; signing
 * off checks completeness.
 */
export const investigationValidator = vine.create({
  whys: vine
    .array(
      vine.object({
        why: text(2000).minLength(2),
        because: text(2000).minLength(2),
        category: vine.enum(CAUSE_CATEGORIES).nullable().optional(),
      })
    )
    .maxLength(MAX_WHYS)
    .optional(),
  rootCause: text(5000).nullable().optional(),
  contributingFactors: text(5000).nullable().optional(),
  lessonsLearned: text(5000).nullable().optional(),
  teamIds: vine
    .array(
      vine
        .number()
        .withoutDecimals()
        .exists(async (db, value) =>
          Boolean(await db.from('users').where({ id: value, status: 'active' }).first())
        )
    )
    .distinct()
    .maxLength(20)
    .optional(),
})

/** A witness statement; its files follow as attachments. */
export const witnessStatementValidator = vine.create({
  witnessName: text(200).minLength(2),
  witnessUserId: vine
    .number()
    .withoutDecimals()
    .exists({ table: 'users', column: 'id' })
    .optional(),
  statement: text(20_000).minLength(5),
  takenAt: vine.any().use(pastDateTime()).optional(),
})
