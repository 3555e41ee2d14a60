// The Electron entry wires every security item at start-up: privileged app:// scheme and the
// sandbox before `ready`; after it, denied permissions, the protocol handler, sender-checked IPC
// handlers and guards on every web contents. Electron itself is mocked (no binary needed).
import os from 'node:os'
import { describe, expect, it, vi } from 'vitest'
import { HOST_OPERATIONS, ipcChannel } from '../../shared/host-api.js'

const calls: string[] = []
const appHandlers = new Map<string, (...a: unknown[]) => void>()
const ipcChannels: string[] = []
let ready!: () => void
const whenReady = new Promise<void>((resolve) => { ready = resolve })

class FakeWindow {
  webContents = { on: vi.fn(), setWindowOpenHandler: vi.fn(), send: vi.fn() }
  on() { return this }
  once() { return this }
  loadURL() { return Promise.resolve() }
  maximize() {}
  setDocumentEdited() {}
}

vi.mock('electron', () => ({
  app: {
    isPackaged: false,
    enableSandbox: () => calls.push('enableSandbox'),
    requestSingleInstanceLock: () => true,
    quit: vi.fn(),
    getLocale: () => 'nl-NL',
    getPath: () => os.tmpdir(),
    getVersion: () => '0.1.0',
    getAppPath: () => process.cwd(),
    whenReady: () => whenReady,
    on: (event: string, fn: (...a: unknown[]) => void) => appHandlers.set(event, fn),
  },
  protocol: {
    registerSchemesAsPrivileged: (schemes: unknown) => calls.push(`registerSchemes:${JSON.stringify(schemes)}`),
    handle: (scheme: string) => calls.push(`protocol.handle:${scheme}`),
  },
  session: {
    defaultSession: {
      setPermissionRequestHandler: () => calls.push('permissionRequestHandler'),
      setPermissionCheckHandler: () => calls.push('permissionCheckHandler'),
    },
  },
  ipcMain: { handle: (channel: string) => ipcChannels.push(channel) },
  Menu: { buildFromTemplate: (t: unknown) => t, setApplicationMenu: () => calls.push('menu') },
  BrowserWindow: FakeWindow,
  dialog: { showErrorBox: vi.fn(), showMessageBoxSync: vi.fn() },
  net: { fetch: vi.fn() },
  shell: { openExternal: vi.fn() },
}))

describe('Electron main entry', () => {
  it('registers the app:// scheme and the sandbox before ready', async () => {
    await import('../../main/electron/index.js')
    expect(calls[0]).toMatch(/^registerSchemes:\[\{"scheme":"app","privileges":\{"standard":true,"secure":true/)
    expect(calls).toContain('enableSandbox')
    expect(calls).not.toContain('protocol.handle:app')
    expect(appHandlers.has('web-contents-created')).toBe(true)
  })

  it('after ready: permissions denied, protocol handled, one IPC handler per operation, menu set', async () => {
    ready()
    await vi.waitFor(() => expect(calls).toContain('menu'))
    expect(calls).toEqual(expect.arrayContaining(['permissionRequestHandler', 'permissionCheckHandler', 'protocol.handle:app']))
    expect(ipcChannels.sort()).toEqual(HOST_OPERATIONS.map(ipcChannel).sort())
  })

  it('guards every web contents that is created', () => {
    const contents = { on: vi.fn(), setWindowOpenHandler: vi.fn() }
    appHandlers.get('web-contents-created')!({}, contents)
    expect(contents.on.mock.calls.map((c) => c[0])).toEqual(expect.arrayContaining(['will-navigate', 'will-redirect', 'will-attach-webview']))
    expect(contents.setWindowOpenHandler).toHaveBeenCalled()
  })
})
