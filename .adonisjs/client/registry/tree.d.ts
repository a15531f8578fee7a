/* eslint-disable prettier/prettier */
import type { routes } from './index.ts'

export interface ApiDefinition {
  health: typeof routes['health'] & {
    live: typeof routes['health.live']
    ready: typeof routes['health.ready']
  }
  home: typeof routes['home']
  session: {
    create: typeof routes['session.create']
    store: typeof routes['session.store']
    destroy: typeof routes['session.destroy']
  }
  locale: {
    update: typeof routes['locale.update']
  }
  dashboard: typeof routes['dashboard']
}
