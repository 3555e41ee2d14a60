// The main window's security settings (checklist items 2–4, 6, 8–12), tested without the
// Electron binary: `electron` is mocked, so nothing tries to download it (engineering-notes C1).
import { beforeEach, describe, expect, it, vi } from 'vitest'

const created: Array<{ options: Record<string, unknown>; win: FakeWindow }> = []

class FakeWindow {
  listeners = new Map<string, (...a: unknown[]) => void>()
  loaded: string | null = null
  webContents = { on: vi.fn(), setWindowOpenHandler: vi.fn() }
  constructor(options: Record<string, unknown>) {
    created.push({ options, win: this })
  }
  on(event: string, fn: (...a: unknown[]) => void) { this.listeners.set(event, fn); return this }
  once(event: string, fn: (...a: unknown[]) => void) { this.listeners.set(event, fn); return this }
  loadURL(url: string) { this.loaded = url; return Promise.resolve() }
  maximize() {}
  show() {}
  isDestroyed() { return false }
  isMaximized() { return false }
  getNormalBounds() { return { x: 1, y: 2, width: 1000, height: 700 } }
}

const showMessageBoxSync = vi.fn(() => 1)
vi.mock('electron', () => ({
  BrowserWindow: FakeWindow,
  dialog: { showMessageBoxSync: (...a: unknown[]) => showMessageBoxSync(...(a as [])) },
  shell: { openExternal: vi.fn(() => Promise.resolve()) },
}))

const { createMainWindow } = await import('../../main/electron/window.js')
const { secureWebPreferences } = await import('../../main/electron/web-preferences.js')

const open = (edited = false) => createMainWindow({
  preloadPath: '/app/out/preload/index.cjs',
  state: { width: 1200, height: 800, maximized: false },
  isEdited: () => edited,
  language: () => 'nl',
  onStateChange: () => {},
})

beforeEach(() => {
  created.length = 0
  showMessageBoxSync.mockClear()
})

describe('main window', () => {
  it('is created with context isolation, sandbox and no Node integration', () => {
    open()
    const prefs = created[0]!.options.webPreferences
    expect(prefs).toEqual({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: true,
    })
    expect(prefs).toEqual(secureWebPreferences('/app/out/preload/index.cjs'))
    expect(prefs).not.toHaveProperty('enableBlinkFeatures')
  })

  it('loads the renderer from app://, not file://', () => {
    const win = open() as unknown as FakeWindow
    expect(win.loaded).toBe('app://renvooi/index.html')
  })

  it('guards navigation and new windows on its web contents', () => {
    const win = open() as unknown as FakeWindow
    const events = win.webContents.on.mock.calls.map((c) => c[0])
    expect(events).toEqual(expect.arrayContaining(['will-navigate', 'will-redirect', 'will-attach-webview', 'will-frame-navigate']))
    expect(win.webContents.setWindowOpenHandler).toHaveBeenCalledOnce()
  })

  it('asks before closing with unsaved changes, and stays open on cancel', () => {
    const win = open(true) as unknown as FakeWindow
    const event = { preventDefault: vi.fn() }
    win.listeners.get('close')!(event)
    expect(showMessageBoxSync).toHaveBeenCalledOnce()
    expect(event.preventDefault).toHaveBeenCalled()
  })

  it('closes without asking when everything is saved', () => {
    const win = open(false) as unknown as FakeWindow
    const event = { preventDefault: vi.fn() }
    win.listeners.get('close')!(event)
    expect(showMessageBoxSync).not.toHaveBeenCalled()
    expect(event.preventDefault).not.toHaveBeenCalled()
  })
})
