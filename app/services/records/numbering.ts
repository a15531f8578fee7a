import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import type { DateTime } from 'luxon'
import Organisation from '#models/organisation'

/** Default formats per kind; organisations override them in settings.numbering. */
export const DEFAULT_NUMBER_FORMATS: Record<string, string> = {
  incident: 'INC-{yyyy}-{seq}',
  hazard: 'HAZ-{yyyy}-{seq}',
  inspection: 'INS-{yyyy}-{seq}',
  capa: 'CA-{yyyy}-{seq}',
  work_permit: 'PTW-{type}-{yyyy}-{seq}',
}

/**
 * Fills a pattern. `{seq}` is zero-padded to 4 digits (`{seq:6}` for 6);
 * `{yyyy}`, `{mm}` come from the record's date; `{type}` from the caller.
 */
export function formatNumber(
  pattern: string,
  values: { seq: number; date: DateTime; type?: string }
) {
  return pattern
    .replace(/\{seq(?::(\d+))?\}/g, (_, width?: string) =>
      String(values.seq).padStart(Number(width ?? 4), '0')
    )
    .replace(/\{yyyy\}/g, String(values.date.year))
    .replace(/\{mm\}/g, String(values.date.month).padStart(2, '0'))
    .replace(/\{type\}/g, values.type ?? '')
}

/**
 * Gapless, per kind and per year. The counter row is upserted and locked
 * by the same statement inside the caller's transaction: concurrent
 * writers queue on the row, and a rolled-back transaction gives its
 * number back.
 */
export class Numbering {
  static async next(
    trx: TransactionClientContract,
    kind: string,
    options: { date: DateTime; type?: string }
  ): Promise<{ number: string; seq: number; year: number }> {
    const year = options.date.year
    const result = await trx.rawQuery(
      `INSERT INTO number_sequences (kind, year, last_value) VALUES (?, ?, 1)
       ON CONFLICT (kind, year) DO UPDATE SET last_value = number_sequences.last_value + 1
       RETURNING last_value`,
      [kind, year]
    )
    const seq = Number(result.rows[0].last_value)
    const pattern = await this.patternFor(trx, kind)
    return { number: formatNumber(pattern, { seq, ...options }), seq, year }
  }

  static async patternFor(trx: TransactionClientContract, kind: string) {
    const organisation = await Organisation.query({ client: trx }).orderBy('id').first()
    const configured = organisation?.settings?.numbering?.[kind]
    return typeof configured === 'string' && configured.includes('{seq')
      ? configured
      : (DEFAULT_NUMBER_FORMATS[kind] ?? `${kind.toUpperCase()}-{yyyy}-{seq}`)
  }
}
