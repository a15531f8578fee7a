import { Exception } from '@adonisjs/core/exceptions'
import type { HttpContext } from '@adonisjs/core/http'
import Location from '#models/location'
import { AnonymousReportService } from '#services/anonymous_report_service'
import { IncidentChoices } from '#services/incident_choices'
import { anonymousReportValidator } from '#validators/incident'

/**
 * The public report form a location's QR code opens (no account needed).
 */
export default class AnonymousReportsController {
  async create({ params, inertia }: HttpContext) {
    const id = Number(params.location)
    const location = Number.isSafeInteger(id) ? await Location.find(id) : null
    if (!location) throw new Exception('Location not found', { status: 404, code: 'E_NOT_FOUND' })
    return inertia.render('anonymous_reports/create', {
      location: { id: location.id, name: location.name },
      vocabulary: IncidentChoices.vocabulary(),
    })
  }

  async store({ request, response, session }: HttpContext) {
    const data = await request.validateUsing(anonymousReportValidator)
    const { incident, passcode } = await AnonymousReportService.report(data)
    session.flash('receipt', { number: incident.number, passcode })
    return response.redirect().toRoute('anonymous_reports.status')
  }
}
