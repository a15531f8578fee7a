/* eslint-disable prettier/prettier */
import type { routes } from './index.ts'

export interface ApiDefinition {
  health: typeof routes['health'] & {
    live: typeof routes['health.live']
    ready: typeof routes['health.ready']
  }
  home: typeof routes['home']
  locale: {
    update: typeof routes['locale.update']
  }
  session: {
    create: typeof routes['session.create']
    store: typeof routes['session.store']
    destroy: typeof routes['session.destroy']
  }
  twoFactor: {
    challenge: typeof routes['two_factor.challenge']
    verify: typeof routes['two_factor.verify']
  }
  dashboard: typeof routes['dashboard']
  api: {
    v1: {
      auth: {
        token: typeof routes['api.v1.auth.token']
        refresh: typeof routes['api.v1.auth.refresh']
        logout: typeof routes['api.v1.auth.logout']
      }
      me: typeof routes['api.v1.me']
    }
  }
}
