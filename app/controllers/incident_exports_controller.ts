import type { HttpContext } from '@adonisjs/core/http'
import { DateTime } from 'luxon'
import IncidentPolicy from '#policies/incident_policy'
import { IncidentExport } from '#services/incident_export'
import { incidentFiltersValidator } from '#validators/incident'

/**
 * GET /incidents/export: the list with its current filters, as a streamed CSV.
 */
export default class IncidentExportsController {
  async show({ request, response, bouncer, auth }: HttpContext) {
    await bouncer.with(IncidentPolicy).authorize('export')
    const [, valid] = await incidentFiltersValidator.tryValidate(request.qs())
    const name = `incidents-${DateTime.now().toFormat('yyyy-LL-dd')}.csv`
    response.header('Content-Type', 'text/csv; charset=utf-8')
    response.header('Content-Disposition', `attachment; filename="${name}"`)
    response.header('Cache-Control', 'no-store')
    return response.stream(IncidentExport.stream(auth.getUserOrFail(), valid ?? {}))
  }
}
