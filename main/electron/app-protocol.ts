/**
 * The `app://renvooi/` protocol that serves the built renderer (checklist item 18: no file://).
 * Only this host, only files inside the renderer folder; `..`, encoded traversal and symlinks
 * pointing outside are refused.
 */
import type { CustomScheme } from 'electron'
import { resolveExistingInside } from '../services/safe-path.js'

export const APP_SCHEME = 'app'
export const APP_HOST = 'renvooi'
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`
export const APP_ENTRY = `${APP_ORIGIN}/index.html`

/** Registered before `ready`: standard + secure so the page is a secure context with an origin. */
export const APP_SCHEME_PRIVILEGES: CustomScheme = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true },
}

/** The file an app:// request may read, or null. */
export function resolveAppRequest(rendererDir: string, requestUrl: string): string | null {
  let url: URL
  try {
    url = new URL(requestUrl)
  } catch {
    return null
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return null
  // The raw path, not URL's normalised one: a request that tried `..` is refused, not rewritten.
  const raw = requestUrl.slice(`${APP_ORIGIN}`.length).split(/[?#]/)[0] ?? ''
  const relative = raw === '' || raw === '/' ? 'index.html' : raw
  return resolveExistingInside(rendererDir, relative)
}
