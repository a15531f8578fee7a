/* eslint-disable prettier/prettier */
/// <reference path="../manifest.d.ts" />

import type { ExtractBody, ExtractErrorResponse, ExtractQuery, ExtractQueryForGet, ExtractResponse } from '@tuyau/core/types'
import type { InferInput, SimpleError } from '@vinejs/vine/types'

export type ParamValue = string | number | bigint | boolean

export interface Registry {
  'transmit.events': {
    methods: ["GET","HEAD"]
    pattern: '/__transmit/events'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/realtime_streams_controller').default['show']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/realtime_streams_controller').default['show']>>>
    }
  }
  'transmit.subscribe': {
    methods: ["POST"]
    pattern: '/__transmit/subscribe'
    types: {
      body: ExtractBody<InferInput<(typeof import('#validators/realtime').subscriptionValidator)>>
      paramsTuple: []
      params: {}
      query: ExtractQuery<InferInput<(typeof import('#validators/realtime').subscriptionValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/realtime_subscriptions_controller').default['store']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/realtime_subscriptions_controller').default['store']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'transmit.unsubscribe': {
    methods: ["POST"]
    pattern: '/__transmit/unsubscribe'
    types: {
      body: ExtractBody<InferInput<(typeof import('#validators/realtime').subscriptionValidator)>>
      paramsTuple: []
      params: {}
      query: ExtractQuery<InferInput<(typeof import('#validators/realtime').subscriptionValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/realtime_subscriptions_controller').default['destroy']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/realtime_subscriptions_controller').default['destroy']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'health': {
    methods: ["GET","HEAD"]
    pattern: '/health'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/health_controller').default['show']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/health_controller').default['show']>>>
    }
  }
  'health.live': {
    methods: ["GET","HEAD"]
    pattern: '/health/live'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/health_controller').default['live']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/health_controller').default['live']>>>
    }
  }
  'health.ready': {
    methods: ["GET","HEAD"]
    pattern: '/health/ready'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/health_controller').default['show']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/health_controller').default['show']>>>
    }
  }
  'home': {
    methods: ["GET","HEAD"]
    pattern: '/'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: unknown
      errorResponse: unknown
    }
  }
  'locale.update': {
    methods: ["PUT"]
    pattern: '/locale'
    types: {
      body: ExtractBody<InferInput<(typeof import('#validators/session').localeValidator)>>
      paramsTuple: []
      params: {}
      query: ExtractQuery<InferInput<(typeof import('#validators/session').localeValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/locale_controller').default['update']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/locale_controller').default['update']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'anonymous_reports.create': {
    methods: ["GET","HEAD"]
    pattern: '/report/location/:location'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { location: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/anonymous_reports_controller').default['create']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/anonymous_reports_controller').default['create']>>>
    }
  }
  'anonymous_reports.store': {
    methods: ["POST"]
    pattern: '/report'
    types: {
      body: ExtractBody<InferInput<(typeof import('#validators/incident').anonymousReportValidator)>>
      paramsTuple: []
      params: {}
      query: ExtractQuery<InferInput<(typeof import('#validators/incident').anonymousReportValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/anonymous_reports_controller').default['store']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/anonymous_reports_controller').default['store']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'anonymous_reports.status': {
    methods: ["GET","HEAD"]
    pattern: '/report/status'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/anonymous_report_statuses_controller').default['show']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/anonymous_report_statuses_controller').default['show']>>>
    }
  }
  'anonymous_reports.status.check': {
    methods: ["POST"]
    pattern: '/report/status'
    types: {
      body: ExtractBody<InferInput<(typeof import('#validators/incident').anonymousFollowUpValidator)>>
      paramsTuple: []
      params: {}
      query: ExtractQuery<InferInput<(typeof import('#validators/incident').anonymousFollowUpValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/anonymous_report_statuses_controller').default['store']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/anonymous_report_statuses_controller').default['store']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'session.create': {
    methods: ["GET","HEAD"]
    pattern: '/login'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/session_controller').default['create']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/session_controller').default['create']>>>
    }
  }
  'session.store': {
    methods: ["POST"]
    pattern: '/login'
    types: {
      body: ExtractBody<InferInput<(typeof import('#validators/session').loginValidator)>>
      paramsTuple: []
      params: {}
      query: ExtractQuery<InferInput<(typeof import('#validators/session').loginValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/session_controller').default['store']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/session_controller').default['store']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'two_factor.challenge': {
    methods: ["GET","HEAD"]
    pattern: '/two-factor'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/two_factor_challenge_controller').default['create']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/two_factor_challenge_controller').default['create']>>>
    }
  }
  'two_factor.verify': {
    methods: ["POST"]
    pattern: '/two-factor'
    types: {
      body: ExtractBody<InferInput<(typeof import('#validators/two_factor').twoFactorChallengeValidator)>>
      paramsTuple: []
      params: {}
      query: ExtractQuery<InferInput<(typeof import('#validators/two_factor').twoFactorChallengeValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/two_factor_challenge_controller').default['store']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/two_factor_challenge_controller').default['store']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'password_resets.create': {
    methods: ["GET","HEAD"]
    pattern: '/forgot-password'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/password_resets_controller').default['create']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/password_resets_controller').default['create']>>>
    }
  }
  'password_resets.store': {
    methods: ["POST"]
    pattern: '/forgot-password'
    types: {
      body: ExtractBody<InferInput<(typeof import('#validators/account').passwordResetRequestValidator)>>
      paramsTuple: []
      params: {}
      query: ExtractQuery<InferInput<(typeof import('#validators/account').passwordResetRequestValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/password_resets_controller').default['store']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/password_resets_controller').default['store']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'password_resets.edit': {
    methods: ["GET","HEAD"]
    pattern: '/reset-password/:token'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { token: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/password_resets_controller').default['edit']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/password_resets_controller').default['edit']>>>
    }
  }
  'password_resets.update': {
    methods: ["PUT"]
    pattern: '/reset-password/:token'
    types: {
      body: ExtractBody<InferInput<(typeof import('#validators/account').passwordResetValidator)>>
      paramsTuple: [ParamValue]
      params: { token: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#validators/account').passwordResetValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/password_resets_controller').default['update']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/password_resets_controller').default['update']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'two_factor.setup': {
    methods: ["GET","HEAD"]
    pattern: '/account/two-factor'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/two_factor_setup_controller').default['show']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/two_factor_setup_controller').default['show']>>>
    }
  }
  'two_factor.enable': {
    methods: ["POST"]
    pattern: '/account/two-factor'
    types: {
      body: ExtractBody<InferInput<(typeof import('#validators/two_factor').enableTwoFactorValidator)>>
      paramsTuple: []
      params: {}
      query: ExtractQuery<InferInput<(typeof import('#validators/two_factor').enableTwoFactorValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/two_factor_setup_controller').default['store']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/two_factor_setup_controller').default['store']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'two_factor.disable': {
    methods: ["DELETE"]
    pattern: '/account/two-factor'
    types: {
      body: ExtractBody<InferInput<(typeof import('#validators/two_factor').confirmPasswordValidator)>>
      paramsTuple: []
      params: {}
      query: ExtractQuery<InferInput<(typeof import('#validators/two_factor').confirmPasswordValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/two_factor_setup_controller').default['destroy']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/two_factor_setup_controller').default['destroy']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'two_factor.recovery_codes': {
    methods: ["GET","HEAD"]
    pattern: '/account/two-factor/recovery-codes'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/two_factor_recovery_codes_controller').default['show']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/two_factor_recovery_codes_controller').default['show']>>>
    }
  }
  'two_factor.regenerate': {
    methods: ["POST"]
    pattern: '/account/two-factor/recovery-codes'
    types: {
      body: ExtractBody<InferInput<(typeof import('#validators/two_factor').confirmPasswordValidator)>>
      paramsTuple: []
      params: {}
      query: ExtractQuery<InferInput<(typeof import('#validators/two_factor').confirmPasswordValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/two_factor_recovery_codes_controller').default['store']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/two_factor_recovery_codes_controller').default['store']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'dashboard': {
    methods: ["GET","HEAD"]
    pattern: '/dashboard'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/dashboard_controller').default['show']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/dashboard_controller').default['show']>>>
    }
  }
  'session.destroy': {
    methods: ["POST"]
    pattern: '/logout'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/session_controller').default['destroy']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/session_controller').default['destroy']>>>
    }
  }
  'profile.show': {
    methods: ["GET","HEAD"]
    pattern: '/profile'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/profile_controller').default['show']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/profile_controller').default['show']>>>
    }
  }
  'profile.update': {
    methods: ["PUT"]
    pattern: '/profile'
    types: {
      body: ExtractBody<InferInput<(typeof import('#validators/account').updateProfileValidator)>>
      paramsTuple: []
      params: {}
      query: ExtractQuery<InferInput<(typeof import('#validators/account').updateProfileValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/profile_controller').default['update']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/profile_controller').default['update']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'profile_password.update': {
    methods: ["PUT"]
    pattern: '/profile/password'
    types: {
      body: ExtractBody<InferInput<(typeof import('#validators/account').updatePasswordValidator)>>
      paramsTuple: []
      params: {}
      query: ExtractQuery<InferInput<(typeof import('#validators/account').updatePasswordValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/profile_passwords_controller').default['update']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/profile_passwords_controller').default['update']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'user_sessions.index': {
    methods: ["GET","HEAD"]
    pattern: '/profile/sessions'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/user_sessions_controller').default['index']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/user_sessions_controller').default['index']>>>
    }
  }
  'user_sessions.destroy': {
    methods: ["DELETE"]
    pattern: '/profile/sessions/:id'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/user_sessions_controller').default['destroy']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/user_sessions_controller').default['destroy']>>>
    }
  }
  'incidents.index': {
    methods: ["GET","HEAD"]
    pattern: '/incidents'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/incidents_controller').default['index']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/incidents_controller').default['index']>>>
    }
  }
  'incidents.create': {
    methods: ["GET","HEAD"]
    pattern: '/incidents/report'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/incidents_controller').default['create']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/incidents_controller').default['create']>>>
    }
  }
  'incidents.store': {
    methods: ["POST"]
    pattern: '/incidents'
    types: {
      body: ExtractBody<InferInput<(typeof import('#validators/incident').createIncidentValidator)>>
      paramsTuple: []
      params: {}
      query: ExtractQuery<InferInput<(typeof import('#validators/incident').createIncidentValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/incidents_controller').default['store']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/incidents_controller').default['store']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'incidents.show': {
    methods: ["GET","HEAD"]
    pattern: '/incidents/:id'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/incidents_controller').default['show']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/incidents_controller').default['show']>>>
    }
  }
  'incidents.edit': {
    methods: ["GET","HEAD"]
    pattern: '/incidents/:id/edit'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/incidents_controller').default['edit']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/incidents_controller').default['edit']>>>
    }
  }
  'incidents.update': {
    methods: ["PUT"]
    pattern: '/incidents/:id'
    types: {
      body: ExtractBody<InferInput<(typeof import('#validators/incident').updateIncidentValidator)>>
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#validators/incident').updateIncidentValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/incidents_controller').default['update']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/incidents_controller').default['update']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'incidents.transitions.store': {
    methods: ["POST"]
    pattern: '/incidents/:id/transitions'
    types: {
      body: ExtractBody<InferInput<(typeof import('#validators/incident').transitionIncidentValidator)>|InferInput<(typeof import('#validators/incident').triageIncidentValidator)>>
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#validators/incident').transitionIncidentValidator)>|InferInput<(typeof import('#validators/incident').triageIncidentValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/incident_transitions_controller').default['store']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/incident_transitions_controller').default['store']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'investigations.show': {
    methods: ["GET","HEAD"]
    pattern: '/incidents/:id/investigation'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/investigations_controller').default['show']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/investigations_controller').default['show']>>>
    }
  }
  'investigations.update': {
    methods: ["PUT"]
    pattern: '/incidents/:id/investigation'
    types: {
      body: ExtractBody<InferInput<(typeof import('#validators/investigation').investigationValidator)>>
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#validators/investigation').investigationValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/investigations_controller').default['update']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/investigations_controller').default['update']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'investigations.sign_off': {
    methods: ["POST"]
    pattern: '/incidents/:id/investigation/sign-off'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/investigations_controller').default['signOff']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/investigations_controller').default['signOff']>>>
    }
  }
  'witness_statements.store': {
    methods: ["POST"]
    pattern: '/incidents/:id/witness-statements'
    types: {
      body: ExtractBody<InferInput<(typeof import('#validators/investigation').witnessStatementValidator)>>
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#validators/investigation').witnessStatementValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/witness_statements_controller').default['store']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/witness_statements_controller').default['store']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'recordability.show': {
    methods: ["GET","HEAD"]
    pattern: '/incidents/:id/recordability'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/recordability_controller').default['show']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/recordability_controller').default['show']>>>
    }
  }
  'recordability.update': {
    methods: ["PUT"]
    pattern: '/incidents/:id/recordability'
    types: {
      body: ExtractBody<InferInput<(typeof import('#validators/recordability').recordabilityAnswersValidator)>>
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#validators/recordability').recordabilityAnswersValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/recordability_controller').default['update']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/recordability_controller').default['update']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'recordability.decide': {
    methods: ["POST"]
    pattern: '/incidents/:id/recordability/decision'
    types: {
      body: ExtractBody<InferInput<(typeof import('#validators/recordability').recordabilityDecisionValidator)>>
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#validators/recordability').recordabilityDecisionValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/recordability_controller').default['decide']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/recordability_controller').default['decide']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'recordability.report': {
    methods: ["POST"]
    pattern: '/incidents/:id/regulatory-report'
    types: {
      body: ExtractBody<InferInput<(typeof import('#validators/recordability').regulatoryReportValidator)>>
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#validators/recordability').regulatoryReportValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/recordability_controller').default['report']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/recordability_controller').default['report']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'incidents.location_code': {
    methods: ["GET","HEAD"]
    pattern: '/incidents/locations/:location/qr'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { location: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/incident_location_codes_controller').default['show']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/incident_location_codes_controller').default['show']>>>
    }
  }
  'incidents.export': {
    methods: ["GET","HEAD"]
    pattern: '/incidents/export'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/incident_exports_controller').default['show']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/incident_exports_controller').default['show']>>>
    }
  }
  'records.comments.store': {
    methods: ["POST"]
    pattern: '/records/:type/:id/comments'
    types: {
      body: ExtractBody<InferInput<(typeof import('#validators/record').commentValidator)>>
      paramsTuple: [ParamValue, ParamValue]
      params: { type: ParamValue; id: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#validators/record').commentValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/record_comments_controller').default['store']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/record_comments_controller').default['store']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'records.attachments.store': {
    methods: ["POST"]
    pattern: '/records/:type/:id/attachments'
    types: {
      body: {}
      paramsTuple: [ParamValue, ParamValue]
      params: { type: ParamValue; id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/record_attachments_controller').default['store']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/record_attachments_controller').default['store']>>>
    }
  }
  'attachments.show': {
    methods: ["GET","HEAD"]
    pattern: '/attachments/:id'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/attachments_controller').default['show']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/attachments_controller').default['show']>>>
    }
  }
  'attachments.thumbnail': {
    methods: ["GET","HEAD"]
    pattern: '/attachments/:id/thumbnail'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/attachments_controller').default['thumbnail']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/attachments_controller').default['thumbnail']>>>
    }
  }
  'records.actions.store': {
    methods: ["POST"]
    pattern: '/records/:type/:id/actions'
    types: {
      body: ExtractBody<InferInput<(typeof import('#validators/corrective_action').createCapaValidator)>>
      paramsTuple: [ParamValue, ParamValue]
      params: { type: ParamValue; id: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#validators/corrective_action').createCapaValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/record_corrective_actions_controller').default['store']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/record_corrective_actions_controller').default['store']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'corrective_actions.index': {
    methods: ["GET","HEAD"]
    pattern: '/actions'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/corrective_actions_controller').default['index']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/corrective_actions_controller').default['index']>>>
    }
  }
  'corrective_actions.show': {
    methods: ["GET","HEAD"]
    pattern: '/actions/:id'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/corrective_actions_controller').default['show']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/corrective_actions_controller').default['show']>>>
    }
  }
  'corrective_actions.update': {
    methods: ["PUT"]
    pattern: '/actions/:id'
    types: {
      body: ExtractBody<InferInput<(typeof import('#validators/corrective_action').updateCapaValidator)>>
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#validators/corrective_action').updateCapaValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/corrective_actions_controller').default['update']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/corrective_actions_controller').default['update']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'corrective_actions.steps.store': {
    methods: ["POST"]
    pattern: '/actions/:id/steps'
    types: {
      body: ExtractBody<InferInput<(typeof import('#validators/corrective_action').capaStepValidator)>>
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#validators/corrective_action').capaStepValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/corrective_action_steps_controller').default['store']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/corrective_action_steps_controller').default['store']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'admin.users.index': {
    methods: ["GET","HEAD"]
    pattern: '/admin/users'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/admin/users_controller').default['index']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/admin/users_controller').default['index']>>>
    }
  }
  'admin.users.create': {
    methods: ["GET","HEAD"]
    pattern: '/admin/users/create'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/admin/users_controller').default['create']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/admin/users_controller').default['create']>>>
    }
  }
  'admin.users.store': {
    methods: ["POST"]
    pattern: '/admin/users'
    types: {
      body: ExtractBody<InferInput<(typeof import('#validators/admin').createUserValidator)>>
      paramsTuple: []
      params: {}
      query: ExtractQuery<InferInput<(typeof import('#validators/admin').createUserValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/admin/users_controller').default['store']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/admin/users_controller').default['store']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'admin.users.edit': {
    methods: ["GET","HEAD"]
    pattern: '/admin/users/:user/edit'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { user: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/admin/users_controller').default['edit']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/admin/users_controller').default['edit']>>>
    }
  }
  'admin.users.update': {
    methods: ["PUT"]
    pattern: '/admin/users/:user'
    types: {
      body: ExtractBody<InferInput<(typeof import('#validators/admin').updateUserValidator)>>
      paramsTuple: [ParamValue]
      params: { user: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#validators/admin').updateUserValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/admin/users_controller').default['update']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/admin/users_controller').default['update']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'admin.users.access.update': {
    methods: ["PUT"]
    pattern: '/admin/users/:user/access'
    types: {
      body: ExtractBody<InferInput<(typeof import('#validators/admin').userAccessValidator)>>
      paramsTuple: [ParamValue]
      params: { user: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#validators/admin').userAccessValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/admin/users_controller').default['updateAccess']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/admin/users_controller').default['updateAccess']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'admin.users.status.update': {
    methods: ["PUT"]
    pattern: '/admin/users/:user/status'
    types: {
      body: ExtractBody<InferInput<(typeof import('#validators/admin').userStatusValidator)>>
      paramsTuple: [ParamValue]
      params: { user: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#validators/admin').userStatusValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/admin/users_controller').default['updateStatus']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/admin/users_controller').default['updateStatus']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'admin.users.two_factor.reset': {
    methods: ["DELETE"]
    pattern: '/admin/users/:user/two-factor'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { user: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/admin/users_controller').default['resetTwoFactor']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/admin/users_controller').default['resetTwoFactor']>>>
    }
  }
  'admin.roles.index': {
    methods: ["GET","HEAD"]
    pattern: '/admin/roles'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/admin/roles_controller').default['index']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/admin/roles_controller').default['index']>>>
    }
  }
  'admin.roles.store': {
    methods: ["POST"]
    pattern: '/admin/roles'
    types: {
      body: ExtractBody<InferInput<(typeof import('#validators/admin').createRoleValidator)>>
      paramsTuple: []
      params: {}
      query: ExtractQuery<InferInput<(typeof import('#validators/admin').createRoleValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/admin/roles_controller').default['store']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/admin/roles_controller').default['store']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'admin.roles.edit': {
    methods: ["GET","HEAD"]
    pattern: '/admin/roles/:role/edit'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { role: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/admin/roles_controller').default['edit']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/admin/roles_controller').default['edit']>>>
    }
  }
  'admin.roles.update': {
    methods: ["PUT"]
    pattern: '/admin/roles/:role'
    types: {
      body: ExtractBody<InferInput<(typeof import('#validators/admin').updateRoleValidator)>>
      paramsTuple: [ParamValue]
      params: { role: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#validators/admin').updateRoleValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/admin/roles_controller').default['update']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/admin/roles_controller').default['update']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'admin.roles.permissions.update': {
    methods: ["PUT"]
    pattern: '/admin/roles/:role/permissions'
    types: {
      body: ExtractBody<InferInput<(typeof import('#validators/admin').rolePermissionsValidator)>>
      paramsTuple: [ParamValue]
      params: { role: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#validators/admin').rolePermissionsValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/admin/roles_controller').default['updatePermissions']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/admin/roles_controller').default['updatePermissions']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'admin.roles.destroy': {
    methods: ["DELETE"]
    pattern: '/admin/roles/:role'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { role: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/admin/roles_controller').default['destroy']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/admin/roles_controller').default['destroy']>>>
    }
  }
  'admin.security_events.index': {
    methods: ["GET","HEAD"]
    pattern: '/admin/security-log'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/admin/security_events_controller').default['index']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/admin/security_events_controller').default['index']>>>
    }
  }
  'api.v1.auth.token': {
    methods: ["POST"]
    pattern: '/api/v1/auth/token'
    types: {
      body: ExtractBody<InferInput<(typeof import('#validators/api_auth').tokenValidator)>>
      paramsTuple: []
      params: {}
      query: ExtractQuery<InferInput<(typeof import('#validators/api_auth').tokenValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/api/v1/auth_tokens_controller').default['store']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/api/v1/auth_tokens_controller').default['store']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'api.v1.auth.refresh': {
    methods: ["POST"]
    pattern: '/api/v1/auth/refresh'
    types: {
      body: ExtractBody<InferInput<(typeof import('#validators/api_auth').refreshValidator)>>
      paramsTuple: []
      params: {}
      query: ExtractQuery<InferInput<(typeof import('#validators/api_auth').refreshValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/api/v1/auth_tokens_controller').default['refresh']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/api/v1/auth_tokens_controller').default['refresh']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'api.v1.openapi': {
    methods: ["GET","HEAD"]
    pattern: '/api/v1/openapi.json'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/api/v1/open_api_controller').default['show']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/api/v1/open_api_controller').default['show']>>>
    }
  }
  'api.v1.auth.logout': {
    methods: ["POST"]
    pattern: '/api/v1/auth/logout'
    types: {
      body: ExtractBody<InferInput<(typeof import('#validators/api_auth').logoutValidator)>>
      paramsTuple: []
      params: {}
      query: ExtractQuery<InferInput<(typeof import('#validators/api_auth').logoutValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/api/v1/auth_tokens_controller').default['destroy']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/api/v1/auth_tokens_controller').default['destroy']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'api.v1.me': {
    methods: ["GET","HEAD"]
    pattern: '/api/v1/me'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/api/v1/me_controller').default['show']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/api/v1/me_controller').default['show']>>>
    }
  }
  'api.v1.records.attachments.store': {
    methods: ["POST"]
    pattern: '/api/v1/records/:type/:id/attachments'
    types: {
      body: {}
      paramsTuple: [ParamValue, ParamValue]
      params: { type: ParamValue; id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/api/v1/record_attachments_controller').default['store']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/api/v1/record_attachments_controller').default['store']>>>
    }
  }
  'api.v1.records.comments.store': {
    methods: ["POST"]
    pattern: '/api/v1/records/:type/:id/comments'
    types: {
      body: ExtractBody<InferInput<(typeof import('#validators/record').commentValidator)>>
      paramsTuple: [ParamValue, ParamValue]
      params: { type: ParamValue; id: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#validators/record').commentValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/api/v1/record_comments_controller').default['store']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/api/v1/record_comments_controller').default['store']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'api.v1.incidents.index': {
    methods: ["GET","HEAD"]
    pattern: '/api/v1/incidents'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: ExtractQueryForGet<InferInput<(typeof import('#validators/incident').incidentFiltersValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/api/v1/incidents_controller').default['index']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/api/v1/incidents_controller').default['index']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'api.v1.incidents.store': {
    methods: ["POST"]
    pattern: '/api/v1/incidents'
    types: {
      body: ExtractBody<InferInput<(typeof import('#validators/incident').createIncidentValidator)>>
      paramsTuple: []
      params: {}
      query: ExtractQuery<InferInput<(typeof import('#validators/incident').createIncidentValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/api/v1/incidents_controller').default['store']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/api/v1/incidents_controller').default['store']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'api.v1.incidents.show': {
    methods: ["GET","HEAD"]
    pattern: '/api/v1/incidents/:id'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/api/v1/incidents_controller').default['show']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/api/v1/incidents_controller').default['show']>>>
    }
  }
  'api.v1.incidents.update': {
    methods: ["PUT"]
    pattern: '/api/v1/incidents/:id'
    types: {
      body: ExtractBody<InferInput<(typeof import('#validators/incident').updateIncidentValidator)>>
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#validators/incident').updateIncidentValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/api/v1/incidents_controller').default['update']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/api/v1/incidents_controller').default['update']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'api.v1.incidents.transitions.store': {
    methods: ["POST"]
    pattern: '/api/v1/incidents/:id/transitions'
    types: {
      body: ExtractBody<InferInput<(typeof import('#validators/incident').transitionIncidentValidator)>|InferInput<(typeof import('#validators/incident').triageIncidentValidator)>>
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#validators/incident').transitionIncidentValidator)>|InferInput<(typeof import('#validators/incident').triageIncidentValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/api/v1/incident_transitions_controller').default['store']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/api/v1/incident_transitions_controller').default['store']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'api.v1.attachments.show': {
    methods: ["GET","HEAD"]
    pattern: '/api/v1/attachments/:id'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/attachments_controller').default['show']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/attachments_controller').default['show']>>>
    }
  }
  'api.v1.actions.index': {
    methods: ["GET","HEAD"]
    pattern: '/api/v1/actions'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: ExtractQueryForGet<InferInput<(typeof import('#validators/corrective_action').capaFiltersValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/api/v1/corrective_actions_controller').default['index']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/api/v1/corrective_actions_controller').default['index']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'api.v1.actions.show': {
    methods: ["GET","HEAD"]
    pattern: '/api/v1/actions/:id'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/api/v1/corrective_actions_controller').default['show']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/api/v1/corrective_actions_controller').default['show']>>>
    }
  }
  'api.v1.actions.steps.store': {
    methods: ["POST"]
    pattern: '/api/v1/actions/:id/steps'
    types: {
      body: ExtractBody<InferInput<(typeof import('#validators/corrective_action').capaStepValidator)>>
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#validators/corrective_action').capaStepValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/api/v1/corrective_actions_controller').default['step']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/api/v1/corrective_actions_controller').default['step']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'api.v1.actions.evidence.store': {
    methods: ["POST"]
    pattern: '/api/v1/actions/:id/evidence'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/api/v1/corrective_actions_controller').default['evidence']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/api/v1/corrective_actions_controller').default['evidence']>>>
    }
  }
  'api.v1.diagnostics.realtime_ping': {
    methods: ["POST"]
    pattern: '/api/v1/diagnostics/realtime-ping'
    types: {
      body: ExtractBody<InferInput<(typeof import('#validators/diagnostic').realtimePingValidator)>>
      paramsTuple: []
      params: {}
      query: ExtractQuery<InferInput<(typeof import('#validators/diagnostic').realtimePingValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/api/v1/realtime_pings_controller').default['store']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/api/v1/realtime_pings_controller').default['store']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'notifications.index': {
    methods: ["GET","HEAD"]
    pattern: '/notifications'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/notifications_controller').default['index']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/notifications_controller').default['index']>>>
    }
  }
  'notifications.feed': {
    methods: ["GET","HEAD"]
    pattern: '/notifications/feed'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: ExtractQueryForGet<InferInput<(typeof import('#validators/notification').catchUpValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/notifications_controller').default['feed']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/notifications_controller').default['feed']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'notifications.read_all': {
    methods: ["PUT"]
    pattern: '/notifications/read-all'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/notifications_controller').default['readAll']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/notifications_controller').default['readAll']>>>
    }
  }
  'notifications.read': {
    methods: ["PUT"]
    pattern: '/notifications/:id/read'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/notifications_controller').default['update']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/notifications_controller').default['update']>>>
    }
  }
  'notification_preferences.edit': {
    methods: ["GET","HEAD"]
    pattern: '/notifications/preferences'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/notification_preferences_controller').default['edit']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/notification_preferences_controller').default['edit']>>>
    }
  }
  'notification_preferences.update': {
    methods: ["PUT"]
    pattern: '/notifications/preferences'
    types: {
      body: ExtractBody<InferInput<(typeof import('#validators/notification').preferencesValidator)>>
      paramsTuple: []
      params: {}
      query: ExtractQuery<InferInput<(typeof import('#validators/notification').preferencesValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/notification_preferences_controller').default['update']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/notification_preferences_controller').default['update']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'notification_preferences.test': {
    methods: ["POST"]
    pattern: '/notifications/preferences/test'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/notification_preferences_controller').default['test']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/notification_preferences_controller').default['test']>>>
    }
  }
  'records.watchers.store': {
    methods: ["POST"]
    pattern: '/records/:type/:id/watchers'
    types: {
      body: {}
      paramsTuple: [ParamValue, ParamValue]
      params: { type: ParamValue; id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/record_watchers_controller').default['store']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/record_watchers_controller').default['store']>>>
    }
  }
  'records.watchers.destroy': {
    methods: ["DELETE"]
    pattern: '/records/:type/:id/watchers'
    types: {
      body: {}
      paramsTuple: [ParamValue, ParamValue]
      params: { type: ParamValue; id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/record_watchers_controller').default['destroy']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/record_watchers_controller').default['destroy']>>>
    }
  }
}
