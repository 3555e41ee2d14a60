/** Creating the main window: secure options, guards, remembered size, and the close prompt. */
import { BrowserWindow, dialog, shell } from 'electron'
import { mainWindowOptions } from './web-preferences.js'
import { guardWebContents } from './guards.js'
import { APP_ENTRY } from './app-protocol.js'
import { isAllowedExternalUrl } from '../services/external-links.js'
import type { WindowState } from '../services/window-state.js'

export interface MainWindowOptions {
  readonly preloadPath: string
  readonly state: WindowState
  /** electron-vite's dev server (ELECTRON_RENDERER_URL) in development; app:// otherwise. */
  readonly devServerUrl?: string
  readonly isEdited: () => boolean
  readonly language: () => 'nl' | 'en'
  readonly onStateChange: (state: WindowState) => void
}

export async function openExternalSafely(url: string): Promise<boolean> {
  if (!isAllowedExternalUrl(url)) return false
  await shell.openExternal(url)
  return true
}

export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const win = new BrowserWindow(mainWindowOptions(options.preloadPath, options.state))
  const devOrigin = options.devServerUrl ? new URL(options.devServerUrl).origin : undefined
  guardWebContents(win.webContents, (url) => void openExternalSafely(url), devOrigin)
  if (options.state.maximized) win.maximize()
  win.once('ready-to-show', () => win.show())

  const remember = () => {
    if (win.isDestroyed()) return
    const { x, y, width, height } = win.getNormalBounds()
    options.onStateChange({ x, y, width, height, maximized: win.isMaximized() })
  }
  win.on('resized', remember)
  win.on('moved', remember)
  win.on('maximize', remember)
  win.on('unmaximize', remember)

  // Unsaved changes: ask before closing. The recovery copy is the safety net if the user says yes.
  win.on('close', (event) => {
    if (!options.isEdited()) return
    const nl = options.language() === 'nl'
    const choice = dialog.showMessageBoxSync(win, {
      type: 'warning',
      buttons: nl ? ['Sluiten zonder opslaan', 'Annuleren'] : ['Close without saving', 'Cancel'],
      defaultId: 1,
      cancelId: 1,
      title: 'Renvooi',
      message: nl ? 'Het voorstel heeft wijzigingen die niet zijn opgeslagen.' : 'The proposal has unsaved changes.',
      detail: nl ? 'Een herstelkopie blijft bewaard en wordt bij de volgende start aangeboden.' : 'A recovery copy is kept and offered at the next start.',
    })
    if (choice === 1) event.preventDefault()
  })

  void win.loadURL(options.devServerUrl ?? APP_ENTRY)
  return win
}
