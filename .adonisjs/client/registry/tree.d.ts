/* eslint-disable prettier/prettier */
import type { routes } from './index.ts'

export interface ApiDefinition {
  transmit: {
    events: typeof routes['transmit.events']
    subscribe: typeof routes['transmit.subscribe']
    unsubscribe: typeof routes['transmit.unsubscribe']
  }
  health: typeof routes['health'] & {
    live: typeof routes['health.live']
    ready: typeof routes['health.ready']
  }
  home: typeof routes['home']
  locale: {
    update: typeof routes['locale.update']
  }
  anonymousReports: {
    create: typeof routes['anonymous_reports.create']
    store: typeof routes['anonymous_reports.store']
    status: typeof routes['anonymous_reports.status'] & {
      check: typeof routes['anonymous_reports.status.check']
    }
  }
  session: {
    create: typeof routes['session.create']
    store: typeof routes['session.store']
    destroy: typeof routes['session.destroy']
  }
  twoFactor: {
    challenge: typeof routes['two_factor.challenge']
    verify: typeof routes['two_factor.verify']
    setup: typeof routes['two_factor.setup']
    enable: typeof routes['two_factor.enable']
    disable: typeof routes['two_factor.disable']
    recoveryCodes: typeof routes['two_factor.recovery_codes']
    regenerate: typeof routes['two_factor.regenerate']
  }
  passwordResets: {
    create: typeof routes['password_resets.create']
    store: typeof routes['password_resets.store']
    edit: typeof routes['password_resets.edit']
    update: typeof routes['password_resets.update']
  }
  dashboard: typeof routes['dashboard']
  profile: {
    show: typeof routes['profile.show']
    update: typeof routes['profile.update']
  }
  profilePassword: {
    update: typeof routes['profile_password.update']
  }
  userSessions: {
    index: typeof routes['user_sessions.index']
    destroy: typeof routes['user_sessions.destroy']
  }
  incidents: {
    index: typeof routes['incidents.index']
    create: typeof routes['incidents.create']
    store: typeof routes['incidents.store']
    show: typeof routes['incidents.show']
    edit: typeof routes['incidents.edit']
    update: typeof routes['incidents.update']
    transitions: {
      store: typeof routes['incidents.transitions.store']
    }
    locationCode: typeof routes['incidents.location_code']
    export: typeof routes['incidents.export']
  }
  investigations: {
    show: typeof routes['investigations.show']
    update: typeof routes['investigations.update']
    signOff: typeof routes['investigations.sign_off']
  }
  witnessStatements: {
    store: typeof routes['witness_statements.store']
  }
  recordability: {
    show: typeof routes['recordability.show']
    update: typeof routes['recordability.update']
    decide: typeof routes['recordability.decide']
    report: typeof routes['recordability.report']
  }
  records: {
    comments: {
      store: typeof routes['records.comments.store']
    }
    attachments: {
      store: typeof routes['records.attachments.store']
    }
    actions: {
      store: typeof routes['records.actions.store']
    }
    watchers: {
      store: typeof routes['records.watchers.store']
      destroy: typeof routes['records.watchers.destroy']
    }
  }
  attachments: {
    show: typeof routes['attachments.show']
    thumbnail: typeof routes['attachments.thumbnail']
  }
  correctiveActions: {
    index: typeof routes['corrective_actions.index']
    show: typeof routes['corrective_actions.show']
    update: typeof routes['corrective_actions.update']
    steps: {
      store: typeof routes['corrective_actions.steps.store']
    }
  }
  admin: {
    users: {
      index: typeof routes['admin.users.index']
      create: typeof routes['admin.users.create']
      store: typeof routes['admin.users.store']
      edit: typeof routes['admin.users.edit']
      update: typeof routes['admin.users.update']
      access: {
        update: typeof routes['admin.users.access.update']
      }
      status: {
        update: typeof routes['admin.users.status.update']
      }
      twoFactor: {
        reset: typeof routes['admin.users.two_factor.reset']
      }
    }
    roles: {
      index: typeof routes['admin.roles.index']
      store: typeof routes['admin.roles.store']
      edit: typeof routes['admin.roles.edit']
      update: typeof routes['admin.roles.update']
      permissions: {
        update: typeof routes['admin.roles.permissions.update']
      }
      destroy: typeof routes['admin.roles.destroy']
    }
    securityEvents: {
      index: typeof routes['admin.security_events.index']
    }
  }
  api: {
    v1: {
      auth: {
        token: typeof routes['api.v1.auth.token']
        refresh: typeof routes['api.v1.auth.refresh']
        logout: typeof routes['api.v1.auth.logout']
      }
      openapi: typeof routes['api.v1.openapi']
      me: typeof routes['api.v1.me']
      records: {
        attachments: {
          store: typeof routes['api.v1.records.attachments.store']
        }
        comments: {
          store: typeof routes['api.v1.records.comments.store']
        }
      }
      incidents: {
        index: typeof routes['api.v1.incidents.index']
        store: typeof routes['api.v1.incidents.store']
        show: typeof routes['api.v1.incidents.show']
        update: typeof routes['api.v1.incidents.update']
        transitions: {
          store: typeof routes['api.v1.incidents.transitions.store']
        }
      }
      attachments: {
        show: typeof routes['api.v1.attachments.show']
      }
      actions: {
        index: typeof routes['api.v1.actions.index']
        show: typeof routes['api.v1.actions.show']
        steps: {
          store: typeof routes['api.v1.actions.steps.store']
        }
        evidence: {
          store: typeof routes['api.v1.actions.evidence.store']
        }
      }
      diagnostics: {
        realtimePing: typeof routes['api.v1.diagnostics.realtime_ping']
      }
    }
  }
  notifications: {
    index: typeof routes['notifications.index']
    feed: typeof routes['notifications.feed']
    readAll: typeof routes['notifications.read_all']
    read: typeof routes['notifications.read']
  }
  notificationPreferences: {
    edit: typeof routes['notification_preferences.edit']
    update: typeof routes['notification_preferences.update']
    test: typeof routes['notification_preferences.test']
  }
}
