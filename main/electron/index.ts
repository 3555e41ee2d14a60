/**
 * Electron main process: the thin shell around main/services. It registers the app:// protocol,
 * applies the security settings to every web contents, wires the HostApi over IPC, builds the
 * native menus and remembers the window. All real work happens in the services.
 */
import path from 'node:path'
import { app, BrowserWindow, dialog, ipcMain, Menu, net, protocol, session } from 'electron'
import { pathToFileURL } from 'node:url'
import { MENU_CHANNEL, type MenuCommand } from '../../shared/host-api.js'
import { createHostService } from '../services/host-service.js'
import { RecentFiles } from '../services/recent-files.js'
import { loadWindowState, saveWindowState, type WindowState } from '../services/window-state.js'
import { APP_SCHEME, APP_SCHEME_PRIVILEGES, resolveAppRequest } from './app-protocol.js'
import { denyAllPermissions, guardWebContents } from './guards.js'
import { registerHostHandlers } from './ipc.js'
import { menuTemplate, type MenuLanguage } from './menu.js'
import { createElectronPlatform } from './platform.js'
import { createPdfPrinter } from './pdf-printer.js'
import { createMainWindow, openExternalSafely } from './window.js'

const here = import.meta.dirname
const rendererDir = path.join(here, '..', 'renderer')
const preloadPath = path.join(here, '..', 'preload', 'index.cjs')
const devServerUrl = !app.isPackaged ? process.env.ELECTRON_RENDERER_URL : undefined
const devOrigin = devServerUrl ? new URL(devServerUrl).origin : undefined

// Must happen before `ready`.
protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES])
app.enableSandbox()

if (!app.requestSingleInstanceLock()) app.quit()

let mainWindow: BrowserWindow | null = null
let edited = false
let language: MenuLanguage = app.getLocale().startsWith('en') ? 'en' : 'nl'
const stateDir = app.getPath('userData')
const recent = new RecentFiles(stateDir)

const platform = createElectronPlatform({
  dialog,
  window: () => mainWindow,
  recent: () => recent.list(),
  openExternal: openExternalSafely,
  setEdited: (value) => {
    edited = value
    mainWindow?.setDocumentEdited(value)
  },
  documentsDir: app.getPath('documents'),
  language: () => language,
  printPdf: createPdfPrinter({ createWindow: (options) => new BrowserWindow(options) }),
})

const { dispatch } = createHostService({
  version: app.getVersion(),
  samplesDir: app.isPackaged ? path.join(process.resourcesPath, 'samples') : path.join(app.getAppPath(), 'samples'),
  stateDir,
  platform,
})

const send = (command: MenuCommand) => mainWindow?.webContents.send(MENU_CHANNEL, command)

async function rebuildMenu(): Promise<void> {
  const files = await recent.list()
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(language, files, {
    send: (command) => {
      if (command === 'language-nl' || command === 'language-en') {
        language = command === 'language-nl' ? 'nl' : 'en'
        void rebuildMenu()
      }
      send(command)
    },
    openRecent: (file) => {
      platform.grant(file)
      // The renderer opens it, so that its unsaved-changes prompt applies.
      mainWindow?.webContents.send(MENU_CHANNEL, 'open-recent', file)
    },
  })))
}

let windowState: WindowState
let saveTimer: NodeJS.Timeout | undefined

app.on('web-contents-created', (_event, contents) => {
  // Applies to every web contents, including any a bug might create.
  guardWebContents(contents, (url) => void openExternalSafely(url), devOrigin)
})

app.whenReady().then(async () => {
  denyAllPermissions(session.defaultSession)
  protocol.handle(APP_SCHEME, (request) => {
    const file = resolveAppRequest(rendererDir, request.url)
    if (!file) return new Response('Not found', { status: 404 })
    return net.fetch(pathToFileURL(file).toString())
  })
  registerHostHandlers(ipcMain, async (operation, args) => {
    const reply = await dispatch(operation, args)
    // Opening or saving changes the recent-files list shown in the Bestand menu.
    if (reply.ok && (operation === 'openProject' || operation === 'saveProject')) void rebuildMenu()
    return reply
  }, devOrigin)
  windowState = await loadWindowState(stateDir)
  await rebuildMenu()
  mainWindow = createMainWindow({
    preloadPath,
    state: windowState,
    ...(devServerUrl ? { devServerUrl } : {}),
    isEdited: () => edited,
    language: () => language,
    onStateChange: (state) => {
      windowState = state
      clearTimeout(saveTimer)
      saveTimer = setTimeout(() => void saveWindowState(stateDir, windowState), 500)
    },
  })
  mainWindow.on('closed', () => {
    mainWindow = null
  })
}).catch((error: unknown) => {
  dialog.showErrorBox('Renvooi', `Renvooi could not start: ${error instanceof Error ? error.message : String(error)}`)
  app.quit()
})

app.on('second-instance', () => {
  if (mainWindow?.isMinimized()) mainWindow.restore()
  mainWindow?.focus()
})

app.on('window-all-closed', () => {
  void saveWindowState(stateDir, windowState).finally(() => app.quit())
})
