/**
 * Which host the renderer talks to: the preload's `window.renvooi` in Electron, otherwise the
 * browser host over HTTP with the token from the address (kept in sessionStorage so a reload
 * without it still works).
 */
import type { HostApi } from '../../shared/host-api.js'
import { createHttpHost } from './http-host.js'

declare global {
  interface Window {
    renvooi?: HostApi
  }
}

const TOKEN_KEY = 'renvooi.token'

export function connectHost(): HostApi {
  if (window.renvooi) return window.renvooi
  const fromUrl = new URLSearchParams(window.location.search).get('token')
  if (fromUrl) sessionStorage.setItem(TOKEN_KEY, fromUrl)
  return createHttpHost(fromUrl ?? sessionStorage.getItem(TOKEN_KEY) ?? '')
}
