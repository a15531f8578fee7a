import type { HttpContext } from '@adonisjs/core/http'
import { openApiDocument } from '#app/data/openapi'

/**
 * GET /api/v1/openapi.json: the API description (public, like any API docs).
 */
export default class OpenApiController {
  show({ response }: HttpContext) {
    return response.header('Cache-Control', 'public, max-age=300').json(openApiDocument)
  }
}
