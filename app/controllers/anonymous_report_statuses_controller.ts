import { Exception } from '@adonisjs/core/exceptions'
import type { HttpContext } from '@adonisjs/core/http'
import { AnonymousReportService } from '#services/anonymous_report_service'
import { anonymousFollowUpValidator } from '#validators/incident'

type Receipt = { number: string; passcode: string }

/**
 * Anonymous follow-up: with the number and the passcode, see the status
 * and add information. A wrong pair is a 404, whichever half is wrong.
 */
export default class AnonymousReportStatusesController {
  async show({ inertia, session }: HttpContext) {
    const receipt = (session.flashMessages.get('receipt') as Receipt | undefined) ?? null
    return inertia.render('anonymous_reports/status', { receipt, result: null })
  }

  async store({ request, inertia }: HttpContext) {
    const { number, passcode, information } = await request.validateUsing(
      anonymousFollowUpValidator
    )
    const incident = await AnonymousReportService.find(number, passcode)
    if (!incident) throw new Exception('Report not found', { status: 404, code: 'E_NOT_FOUND' })
    if (information) await AnonymousReportService.addInformation(incident, information)
    return inertia.render('anonymous_reports/status', {
      receipt: null,
      result: {
        number: incident.number,
        status: incident.status,
        occurredAt: incident.occurredAt.toISO()!,
        added: Boolean(information),
      },
    })
  }
}
