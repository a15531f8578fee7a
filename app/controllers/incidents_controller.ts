import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import IncidentPolicy from '#policies/incident_policy'
import RegulatoryReport from '#models/regulatory_report'
import { actorFrom, AuditTrail } from '#services/records/audit_trail'
import { AttachmentService } from '#services/records/attachment_service'
import { Timeline } from '#services/records/timeline'
import { IncidentService, SUBJECT } from '#services/incident_service'
import { IncidentQueries } from '#services/incident_queries'
import { IncidentChoices } from '#services/incident_choices'
import IncidentTransformer, { IncidentSummaryTransformer } from '#transformers/incident_transformer'
import AttachmentTransformer from '#transformers/attachment_transformer'
import AuditLogTransformer from '#transformers/audit_log_transformer'
import TimelineEntryTransformer from '#transformers/timeline_entry_transformer'
import { CapaQueries } from '#services/capa/capa_queries'
import { CapaSources } from '#services/capa/capa_source'
import CorrectiveActionTransformer from '#transformers/corrective_action_transformer'
import {
  createIncidentValidator,
  incidentFiltersValidator,
  updateIncidentValidator,
} from '#validators/incident'

/**
 * Incident pages: the list, the quick report, the detail page and edits.
 * Rules live in IncidentPolicy, changes in IncidentService.
 */
@inject()
export default class IncidentsController {
  constructor(protected incidents: IncidentService) {}

  async index({ request, inertia, bouncer, auth }: HttpContext) {
    await bouncer.with(IncidentPolicy).authorize('viewList')
    const user = auth.getUserOrFail()
    const [, valid] = await incidentFiltersValidator.tryValidate(request.qs())
    const filters = valid ?? {}
    const page = await IncidentQueries.list(user, filters)
    const abilities = await new IncidentPolicy().abilitiesFor(user, page.all())
    return inertia.render('incidents/index', {
      incidents: IncidentSummaryTransformer.paginate(page.all(), page.getMeta(), abilities),
      filters: {
        ...filters,
        from: filters.from ? String(request.qs().from) : null,
        to: filters.to ? String(request.qs().to) : null,
      },
      sites: await IncidentChoices.sites(),
      vocabulary: IncidentChoices.vocabulary(),
      can: {
        create: await bouncer.with(IncidentPolicy).allows('create'),
        export: await bouncer.with(IncidentPolicy).allows('export'),
      },
    })
  }

  async create({ inertia, bouncer }: HttpContext) {
    await bouncer.with(IncidentPolicy).authorize('create')
    return inertia.render('incidents/create', {
      sites: await IncidentChoices.sites(),
      vocabulary: IncidentChoices.vocabulary(),
    })
  }

  async store(ctx: HttpContext) {
    const { request, response, bouncer, session, i18n } = ctx
    await bouncer.with(IncidentPolicy).authorize('create')
    const data = await request.validateUsing(createIncidentValidator)
    const incident = await this.incidents.report(data, actorFrom(ctx), {
      files: request.files('photos'),
      translate: (key, values) => i18n.t(key, values),
    })
    session.flash('success', i18n.t('incidents.flash.reported', { number: incident.number }))
    return response.redirect().toRoute('incidents.show', { id: incident.id })
  }

  async show({ params, inertia, auth, bouncer }: HttpContext) {
    const user = auth.getUserOrFail()
    const incident = await IncidentQueries.findReadable(Number(params.id), user)
    await IncidentQueries.loadDetail(incident)
    const abilities = await new IncidentPolicy().abilitiesFor(user, [incident])
    const { triage } = abilities.get(incident.id)!
    const source = await CapaSources.find(SUBJECT, incident.id)
    const canPlan = await bouncer.with('CorrectiveActionPolicy').allows('create', source!)
    return inertia.render('incidents/show', {
      incident: IncidentTransformer.transform(incident, abilities).useVariant('forDetail'),
      timeline: TimelineEntryTransformer.transform(await Timeline.for(SUBJECT, incident.id)),
      audit: AuditLogTransformer.transform(await AuditTrail.for(SUBJECT, incident.id)),
      attachments: AttachmentTransformer.transform(
        await AttachmentService.for(SUBJECT, incident.id)
      ),
      assignees: triage || canPlan ? await IncidentChoices.assignees() : [],
      vocabulary: IncidentChoices.vocabulary(),
      actions: CorrectiveActionTransformer.transform(
        await CapaQueries.forSource(SUBJECT, incident.id)
      ),
      regulatory: await this.regulatoryClock(incident.id),
      can: { planActions: canPlan },
    })
  }

  async edit({ params, inertia, bouncer, auth }: HttpContext) {
    const incident = await IncidentQueries.findReadable(Number(params.id), auth.getUserOrFail())
    await bouncer.with(IncidentPolicy).authorize('update', incident)
    await IncidentQueries.loadDetail(incident)
    const abilities = await new IncidentPolicy().abilitiesFor(auth.getUserOrFail(), [incident])
    return inertia.render('incidents/edit', {
      incident: IncidentTransformer.transform(incident, abilities).useVariant('forDetail'),
      sites: await IncidentChoices.sites(),
      vocabulary: IncidentChoices.vocabulary(),
    })
  }

  async update(ctx: HttpContext) {
    const { params, request, response, bouncer, session, i18n, auth } = ctx
    const incident = await IncidentQueries.findReadable(Number(params.id), auth.getUserOrFail())
    await bouncer.with(IncidentPolicy).authorize('update', incident)
    const data = await request.validateUsing(updateIncidentValidator, {
      meta: { siteId: incident.siteId },
    })
    await this.incidents.update(incident, data, actorFrom(ctx))
    session.flash('success', i18n.t('incidents.flash.updated', { number: incident.number }))
    return response.redirect().toRoute('incidents.show', { id: incident.id })
  }

  protected async regulatoryClock(incidentId: number) {
    const report = await RegulatoryReport.findBy('incident_id', incidentId)
    return report
      ? {
          outcome: report.outcome,
          deadlineAt: report.deadlineAt.toISO()!,
          reportedAt: report.reportedAt?.toISO() ?? null,
        }
      : null
  }
}
