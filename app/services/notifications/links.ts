import env from '#start/env'
import router from '@adonisjs/core/services/router'
import { urlFor } from '@adonisjs/core/services/url_builder'
import { appUrl } from '#config/app'
import { notificationPath } from '#transformers/notification_transformer'
import type Notification from '#models/notification'

/** The public origin for links in mails: APP_URL, never a request's Host header. */
export function publicOrigin() {
  const fallback = `http://${env.get('HOST', 'localhost')}:${env.get('PORT', 3333)}`
  return (appUrl ?? fallback).replace(/\/+$/, '')
}

/**
 * Links are built by route name. The HTTP server commits the routes when it
 * starts; Ace commands (the scheduler's jobs, seeders) never do, so the
 * first link built in one commits them (a no-op once committed).
 */
function routes() {
  router.commit()
}

/** An absolute link to the notification's record, else to the notification centre. */
export function absoluteLink(row: Pick<Notification, 'routeName' | 'routeParams'>) {
  routes()
  return `${publicOrigin()}${notificationPath(row) ?? urlFor('notifications.index')}`
}

export function preferencesLink() {
  routes()
  return `${publicOrigin()}${urlFor('notification_preferences.edit')}`
}
