import { urlFor } from '@adonisjs/core/services/url_builder'
import type { HttpContext } from '@adonisjs/core/http'
import Location from '#models/location'
import { qrSvg } from '#services/qr_code'

/**
 * The printable QR code of a location: it opens the anonymous report form
 * with the location filled in.
 */
export default class IncidentLocationCodesController {
  async show({ params, request, inertia }: HttpContext) {
    const location = await Location.findOrFail(params.location)
    const url = urlFor(
      'anonymous_reports.create',
      { location: location.id },
      { prefixUrl: `${request.protocol()}://${request.host()}` }
    )
    return inertia.render('incidents/qr', {
      location: { id: location.id, name: location.name },
      url,
      svg: await qrSvg(url, 320),
    })
  }
}
