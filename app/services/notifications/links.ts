import env from '#start/env'
import { urlFor } from '@adonisjs/core/services/url_builder'
import { appUrl } from '#config/app'
import { notificationPath } from '#transformers/notification_transformer'
import type Notification from '#models/notification'

/** The public origin for links in mails: APP_URL, never a request's Host header. */
export function publicOrigin() {
  const fallback = `http://${env.get('HOST', 'localhost')}:${env.get('PORT', 3333)}`
  return (appUrl ?? fallback).replace(/\/+$/, '')
}

/** An absolute link to the notification's record, else to the notification centre. */
export function absoluteLink(row: Pick<Notification, 'routeName' | 'routeParams'>) {
  return `${publicOrigin()}${notificationPath(row) ?? urlFor('notifications.index')}`
}

export function preferencesLink() {
  return `${publicOrigin()}${urlFor('notification_preferences.edit')}`
}
