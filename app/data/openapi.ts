import {
  INCIDENT_STATUSES,
  INCIDENT_TYPES,
  PERSON_ROLES,
  PERSON_TYPES,
  TREATMENTS,
} from '#app/data/incidents'

/**
 * The OpenAPI 3.1 description of the incident API, served at
 * /api/v1/openapi.json. tests/functional/api/openapi.spec.ts checks that
 * every operation exists and that real responses match these schemas
 * (objects are closed: a new field must be documented here first).
 */
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` })
const nullable = (type: string, extra: Record<string, unknown> = {}) => ({
  type: [type, 'null'],
  ...extra,
})
const closed = (properties: Record<string, unknown>, required = Object.keys(properties)) => ({
  type: 'object',
  additionalProperties: false,
  required,
  properties,
})
const json = (schema: unknown) => ({ content: { 'application/json': { schema } } })
const data = (schema: unknown) => json(closed({ data: schema }))
const errors = (description: string) => ({ description, ...json(ref('Errors')) })
const idParameter = { name: 'id', in: 'path', required: true, schema: { type: 'integer' } }
const security = [{ bearer: [] }]

const named = {
  anyOf: [closed({ id: { type: 'integer' }, name: { type: 'string' } }), { type: 'null' }],
}

const incidentSummary = {
  id: { type: 'integer' },
  number: { type: 'string' },
  type: { enum: [...INCIDENT_TYPES] },
  title: { type: 'string' },
  status: { enum: [...INCIDENT_STATUSES] },
  actualSeverity: nullable('integer', { minimum: 1, maximum: 5 }),
  potentialSeverity: nullable('integer', { minimum: 1, maximum: 5 }),
  isAnonymous: { type: 'boolean' },
  siteId: { type: 'integer' },
  locationId: nullable('integer'),
  psif: { type: 'boolean' },
  occurredAt: { type: 'string', format: 'date-time' },
  createdAt: { type: 'string', format: 'date-time' },
  site: named,
  location: named,
  reporter: named,
  investigator: named,
  can: ref('Abilities'),
}

const filters = [
  ['search', { type: 'string', maxLength: 100 }],
  ['status', { enum: [...INCIDENT_STATUSES] }],
  ['type', { enum: [...INCIDENT_TYPES] }],
  ['severity', { type: 'integer', minimum: 1, maximum: 5 }],
  ['site', { type: 'integer' }],
  ['from', { type: 'string', format: 'date' }],
  ['to', { type: 'string', format: 'date' }],
  ['psif', { type: 'boolean' }],
  ['assigned', { enum: ['me'] }],
  ['reported', { enum: ['me'] }],
  ['sort', { enum: ['occurred_at', '-occurred_at', 'number', '-number', 'severity', '-severity'] }],
  ['page', { type: 'integer', minimum: 1 }],
  ['perPage', { type: 'integer', minimum: 1, maximum: 100 }],
].map(([name, schema]) => ({ name, in: 'query', required: false, schema }))

export const openApiDocument = {
  openapi: '3.1.0',
  info: { title: 'HarmoniHSE360 API', version: '1.0.0' },
  servers: [{ url: '/' }],
  components: {
    securitySchemes: { bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } },
    schemas: {
      Errors: closed({
        errors: {
          type: 'array',
          items: closed(
            { code: { type: 'string' }, message: { type: 'string' }, field: { type: 'string' } },
            ['code', 'message']
          ),
        },
      }),
      Abilities: closed(
        Object.fromEntries(
          ['edit', 'comment', 'triage', 'investigate', 'actionsPending', 'close', 'reopen'].map(
            (name) => [name, { type: 'boolean' }]
          )
        )
      ),
      PageMeta: closed({
        total: { type: 'integer' },
        perPage: { type: 'integer' },
        currentPage: { type: 'integer' },
        lastPage: { type: 'integer' },
      }),
      Incident: closed(incidentSummary),
      IncidentDetail: closed({
        ...incidentSummary,
        description: { type: 'string' },
        immediateActions: nullable('string'),
        departmentId: nullable('integer'),
        lessonsLearned: nullable('string'),
        reopenedReason: nullable('string'),
        responsibleManagerId: nullable('integer'),
        investigatorId: nullable('integer'),
        latitude: nullable('number'),
        longitude: nullable('number'),
        closedAt: nullable('string'),
        department: named,
        responsibleManager: named,
        people: { type: 'array', items: ref('Person') },
      }),
      Person: closed({
        id: { type: 'integer' },
        role: { enum: [...PERSON_ROLES] },
        userId: nullable('integer'),
        name: { type: 'string' },
        personType: { enum: [...PERSON_TYPES] },
        bodyPart: nullable('string'),
        natureOfInjury: nullable('string'),
        treatment: { anyOf: [{ enum: [...TREATMENTS] }, { type: 'null' }] },
        daysAway: { type: 'integer' },
        daysRestricted: { type: 'integer' },
      }),
      IncidentInput: {
        type: 'object',
        required: ['type', 'description', 'siteId'],
        properties: {
          type: { enum: [...INCIDENT_TYPES] },
          title: { type: 'string', maxLength: 200 },
          description: { type: 'string', minLength: 3, maxLength: 10_000 },
          occurredAt: { type: 'string', format: 'date-time', description: 'Not in the future' },
          siteId: { type: 'integer' },
          locationId: nullable('integer'),
          departmentId: nullable('integer'),
          immediateActions: nullable('string'),
          latitude: nullable('number'),
          longitude: nullable('number'),
          people: { type: 'array', maxItems: 50 },
        },
      },
      TimelineEntry: closed({
        id: { type: 'integer' },
        kind: { type: 'string' },
        body: nullable('string'),
        data: { type: 'object' },
        author: named,
        createdAt: { type: 'string', format: 'date-time' },
      }),
      Attachment: closed({
        id: { type: 'integer' },
        originalName: { type: 'string' },
        mimeType: { type: 'string' },
        kind: { enum: ['image', 'video', 'document'] },
        size: { type: 'integer' },
        createdAt: { type: 'string', format: 'date-time' },
        hasThumbnail: { type: 'boolean' },
      }),
    },
  },
  paths: {
    '/api/v1/incidents': {
      get: {
        operationId: 'listIncidents',
        security,
        parameters: filters,
        responses: {
          200: {
            description: 'A page of the incidents the caller may read',
            ...json(
              closed({ data: { type: 'array', items: ref('Incident') }, metadata: ref('PageMeta') })
            ),
          },
          422: errors('Invalid filters'),
        },
      },
      post: {
        operationId: 'createIncident',
        security,
        requestBody: { ...json(ref('IncidentInput')), required: true },
        responses: {
          201: { description: 'Reported', ...data(ref('IncidentDetail')) },
          422: errors('Invalid input, or a photo of the wrong type or size'),
        },
      },
    },
    '/api/v1/incidents/{id}': {
      get: {
        operationId: 'showIncident',
        security,
        parameters: [idParameter],
        responses: {
          200: { description: 'The incident', ...data(ref('IncidentDetail')) },
          404: errors('Unknown, or not readable by the caller'),
        },
      },
      put: {
        operationId: 'updateIncident',
        security,
        parameters: [idParameter],
        requestBody: { ...json({ type: 'object' }), required: true },
        responses: {
          200: { description: 'Updated', ...data(ref('IncidentDetail')) },
          403: errors('Not allowed'),
          404: errors('Unknown, or not readable by the caller'),
          422: errors('Invalid input'),
        },
      },
    },
    '/api/v1/incidents/{id}/transitions': {
      post: {
        operationId: 'transitionIncident',
        security,
        parameters: [idParameter],
        requestBody: {
          required: true,
          ...json({
            type: 'object',
            required: ['to'],
            properties: {
              to: { enum: [...INCIDENT_STATUSES] },
              reason: { type: 'string' },
              lessonsLearned: { type: 'string' },
            },
          }),
        },
        responses: {
          200: { description: 'Moved', ...data(ref('Incident')) },
          403: errors('Not allowed'),
          422: errors('Illegal step or missing prerequisite (E_INVALID_TRANSITION)'),
        },
      },
    },
    '/api/v1/records/{type}/{id}/comments': {
      post: {
        operationId: 'commentRecord',
        security,
        parameters: [
          { name: 'type', in: 'path', required: true, schema: { enum: ['incident'] } },
          idParameter,
        ],
        requestBody: { required: true, ...json(closed({ body: { type: 'string' } })) },
        responses: {
          201: { description: 'Added to the timeline', ...data(ref('TimelineEntry')) },
          404: errors('Unknown, or not readable by the caller'),
        },
      },
    },
    '/api/v1/records/{type}/{id}/attachments': {
      post: {
        operationId: 'attachToRecord',
        security,
        parameters: [
          { name: 'type', in: 'path', required: true, schema: { enum: ['incident'] } },
          idParameter,
        ],
        requestBody: {
          required: true,
          content: { 'multipart/form-data': { schema: { type: 'object' } } },
        },
        responses: {
          201: { description: 'Stored', ...data({ type: 'array', items: ref('Attachment') }) },
          422: errors('A file of the wrong type or size'),
        },
      },
    },
    '/api/v1/attachments/{id}': {
      get: {
        operationId: 'downloadAttachment',
        security,
        parameters: [idParameter],
        responses: {
          200: { description: 'The file, with Content-Disposition' },
          403: errors('The record is not readable by the caller'),
        },
      },
    },
  },
} as const
