// Checklist items 5 and 11–15: permissions, webviews, navigation, new windows, openExternal.
import { describe, expect, it, vi } from 'vitest'

vi.mock('electron', () => ({}))
const { guardWebContents, denyAllPermissions, isAppUrl } = await import('../../main/electron/guards.js')

type Handler = (...args: unknown[]) => unknown

function fakeContents() {
  const handlers = new Map<string, Handler>()
  let openHandler: Handler = () => undefined
  return {
    handlers,
    open: (details: { url: string }) => openHandler(details),
    on(event: string, fn: Handler) { handlers.set(event, fn); return this },
    setWindowOpenHandler(fn: Handler) { openHandler = fn },
  }
}

const setup = (devOrigin?: string) => {
  const contents = fakeContents()
  const openExternal = vi.fn()
  guardWebContents(contents as never, openExternal, devOrigin)
  return { contents, openExternal }
}

const navigate = (contents: ReturnType<typeof fakeContents>, event: string, url: string): boolean => {
  const e = { preventDefault: vi.fn(), url }
  contents.handlers.get(event)!(e, url)
  return e.preventDefault.mock.calls.length === 0
}

describe('navigation guards', () => {
  it.each(['will-navigate', 'will-redirect', 'will-frame-navigate'])('%s: stays inside app://renvooi', (event) => {
    const { contents } = setup()
    expect(navigate(contents, event, 'app://renvooi/index.html')).toBe(true)
    for (const url of ['https://evil.example/', 'file:///etc/passwd', 'app://other/index.html', 'https://renvooi.evil.example/', 'javascript:alert(1)']) {
      expect(navigate(contents, event, url), url).toBe(false)
    }
  })

  it('allows the dev server only when one is configured', () => {
    expect(isAppUrl('http://localhost:5173/', 'http://localhost:5173')).toBe(true)
    expect(isAppUrl('http://localhost:5173/')).toBe(false)
  })

  it('blocks webviews', () => {
    const { contents } = setup()
    const e = { preventDefault: vi.fn() }
    contents.handlers.get('will-attach-webview')!(e)
    expect(e.preventDefault).toHaveBeenCalled()
  })

  it('denies every new window; allow-listed https links go to the system browser', () => {
    const { contents, openExternal } = setup()
    expect(contents.open({ url: 'https://wetten.overheid.nl/BWBR0001854' })).toEqual({ action: 'deny' })
    expect(openExternal).toHaveBeenCalledWith('https://wetten.overheid.nl/BWBR0001854')
    expect(contents.open({ url: 'https://evil.example/' })).toEqual({ action: 'deny' })
    expect(contents.open({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' })
    expect(openExternal).toHaveBeenCalledOnce()
  })
})

describe('permissions', () => {
  it('denies every permission request and check', () => {
    let request: Handler = () => {}
    let check: Handler = () => true
    denyAllPermissions({ setPermissionRequestHandler: (fn: Handler) => { request = fn }, setPermissionCheckHandler: (fn: Handler) => { check = fn } } as never)
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      const callback = vi.fn()
      request({}, permission, callback)
      expect(callback).toHaveBeenCalledWith(false)
      expect(check({}, permission)).toBe(false)
    }
  })
})
