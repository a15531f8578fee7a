import { IncidentService } from '#services/incident_service'
import { report, triaged, demo } from '#tests/functional/incidents/support'

/**
 * An incident under investigation: reported by the demo reporter, triaged
 * by the incident manager (responsible manager) with the safety officer
 * as investigator. `severity` sets the potential severity.
 */
export async function underInvestigation(potentialSeverity = 3) {
  const manager = await demo('incident_manager')
  const investigator = await demo('safety_officer')
  const incident = await report(await demo('reporter'))
  await triaged(incident, manager, investigator)
  const service = new IncidentService()
  if (potentialSeverity !== 4) {
    incident.potentialSeverity = potentialSeverity
    await incident.save()
  }
  await service.transition(incident, 'under_investigation', {}, { userId: investigator.id })
  await incident.refresh()
  return { incident, manager, investigator }
}
