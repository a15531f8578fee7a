import { InvestigationWhySchema } from '#database/schema'

export default class InvestigationWhy extends InvestigationWhySchema {
  /* Lucid would pluralise the class name to "investigation_whies" */
  static table = 'investigation_whys'
}
