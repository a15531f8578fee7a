import { InvestigationWhySchema } from '#database/schema'

export default class InvestigationWhy extends InvestigationWhySchema {}
