import { BaseSerializer } from '@adonisjs/core/transformers'

type PaginationMeta = {
  total: number
  perPage: number
  currentPage: number
  lastPage: number
}

/**
 * JSON API responses: `{ data: ... }`, with pagination under `meta`.
 */
class ApiSerializer extends BaseSerializer<{ Wrap: 'data'; PaginationMetaData: PaginationMeta }> {
  wrap = 'data' as const

  definePaginationMetaData(metaData: unknown): PaginationMeta {
    if (!this.isLucidPaginatorMetaData(metaData)) {
      throw new Error('Unsupported paginator: use Lucid pagination')
    }
    return {
      total: Number(metaData.total),
      perPage: Number(metaData.perPage),
      currentPage: Number(metaData.currentPage),
      lastPage: Number(metaData.lastPage),
    }
  }
}

export const apiSerializer = new ApiSerializer()
