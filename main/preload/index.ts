/**
 * The preload: the renderer's only door to the host. It exposes exactly one function per HostApi
 * operation (checklist item 20) — never ipcRenderer itself — and unwraps the host's reply so the
 * renderer sees resolved values or an Error carrying the structured HostErrorInfo. Bundled into
 * one CJS file, as a sandboxed preload must be.
 */
import { contextBridge, ipcRenderer } from 'electron'
import { ipcChannel, MENU_CHANNEL, unwrapReply, type HostApi, type HostOperation, type HostReply, type MenuCommand } from '../../shared/host-api.js'

const call = async <T>(op: HostOperation, ...args: unknown[]): Promise<T> =>
  unwrapReply((await ipcRenderer.invoke(ipcChannel(op), ...args)) as HostReply<T>)

const host = {
  hostInfo: () => call('hostInfo'),
  appVersion: () => call('appVersion'),
  listSamples: () => call('listSamples'),
  readSample: (id) => call('readSample', id),
  pickTextFile: () => call('pickTextFile'),
  listProjects: () => call('listProjects'),
  openProject: (handle) => call('openProject', handle),
  saveProject: (project, handle) => call('saveProject', project, handle),
  recentProjects: () => call('recentProjects'),
  writeRecovery: (project, handle) => call('writeRecovery', project, handle),
  readRecovery: () => call('readRecovery'),
  discardRecovery: () => call('discardRecovery'),
  openExternal: (url) => call('openExternal', url),
  setEdited: (value) => call('setEdited', value),
  previewReport: (request) => call('previewReport', request),
  exportReport: (request, jobId) => call('exportReport', request, jobId),
  reportProgress: (jobId) => call('reportProgress', jobId),
  cancelReport: (jobId) => call('cancelReport', jobId),
  onMenuCommand(listener) {
    // The event object is not passed on: it would hand the page `sender`.
    const wrapped = (_event: unknown, command: MenuCommand, handle?: unknown) =>
      listener(command, typeof handle === 'string' ? handle : undefined)
    ipcRenderer.on(MENU_CHANNEL, wrapped)
    return () => {
      ipcRenderer.removeListener(MENU_CHANNEL, wrapped)
    }
  },
} satisfies HostApi

contextBridge.exposeInMainWorld('renvooi', host)
