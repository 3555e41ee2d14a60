/**
 * Checklist item 17: every IPC message must come from our own page — the app:// origin, the
 * main frame — and not from anything that might have been navigated to or embedded.
 */
import { APP_ORIGIN } from './app-protocol.js'

export interface SenderFrameLike {
  readonly url: string
  readonly parent: unknown
}

export function isTrustedSender(frame: SenderFrameLike | null | undefined, devServerOrigin?: string): boolean {
  if (!frame || frame.parent !== null) return false
  let origin: string
  try {
    const url = new URL(frame.url)
    origin = url.protocol === 'app:' ? `${url.protocol}//${url.host}` : url.origin
  } catch {
    return false
  }
  return origin === APP_ORIGIN || (devServerOrigin !== undefined && origin === devServerOrigin)
}
