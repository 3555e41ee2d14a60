/**
 * The main window's options: every item of the Electron security checklist that is a window
 * setting is spelled out here, even where it is Electron's default, so that a test can hold us
 * to it and a future default change cannot weaken it silently.
 */
import type { BrowserWindowConstructorOptions, WebPreferences } from 'electron'
import type { WindowState } from '../services/window-state.js'

export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true, // item 3
    sandbox: true, // item 4: the preload is one bundled CJS file
    nodeIntegration: false, // item 2
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true, // item 6
    allowRunningInsecureContent: false, // item 8
    experimentalFeatures: false, // item 9
    webviewTag: false, // items 11–12
    navigateOnDragDrop: false, // a dropped file must not replace the app
    spellcheck: true,
  }
}

export function mainWindowOptions(preloadPath: string, state: WindowState): BrowserWindowConstructorOptions {
  return {
    ...(state.x !== undefined && state.y !== undefined ? { x: state.x, y: state.y } : {}),
    width: state.width,
    height: state.height,
    minWidth: 800,
    minHeight: 560,
    show: false,
    title: 'Renvooi',
    backgroundColor: '#ffffff',
    webPreferences: secureWebPreferences(preloadPath),
  }
}
