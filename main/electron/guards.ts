/**
 * Checklist items 5, 11–15: no permissions, no webviews, no navigation away from the app, no
 * new windows; https links on the allow-list go to the system browser instead.
 */
import type { Session, WebContents } from 'electron'
import { isAllowedExternalUrl } from '../services/external-links.js'
import { APP_ORIGIN } from './app-protocol.js'

type Prevented = { preventDefault(): void }

/** Same-document navigation inside the app (e.g. a reload) is fine; anything else is not. */
export function isAppUrl(url: string, devServerOrigin?: string): boolean {
  try {
    const parsed = new URL(url)
    const origin = parsed.protocol === 'app:' ? `app://${parsed.host}` : parsed.origin
    return origin === APP_ORIGIN || (devServerOrigin !== undefined && origin === devServerOrigin)
  } catch {
    return false
  }
}

export function guardWebContents(contents: WebContents, openExternal: (url: string) => void, devServerOrigin?: string): void {
  const stay = (event: Prevented, url: string) => {
    if (!isAppUrl(url, devServerOrigin)) event.preventDefault()
  }
  contents.on('will-navigate', (event, url) => stay(event, url))
  contents.on('will-frame-navigate', (event) => stay(event, event.url))
  contents.on('will-redirect', (event, url) => stay(event, url))
  contents.on('will-attach-webview', (event) => event.preventDefault())
  contents.setWindowOpenHandler(({ url }) => {
    if (isAllowedExternalUrl(url)) openExternal(url)
    return { action: 'deny' }
  })
}

export function denyAllPermissions(session: Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'>): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
  session.setPermissionCheckHandler(() => false)
}
