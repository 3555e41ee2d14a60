/**
 * The HostApi over HTTP, for the browser host (main/web). Every call is a POST of the argument
 * array to /api/<operation> with this run's token; the answer is a HostReply.
 */
import { unwrapReply, type HostApi, type HostOperation, type HostReply } from '../../shared/host-api.js'

export const TOKEN_HEADER = 'x-renvooi-token'

export function createHttpHost(token: string, fetchImpl: typeof fetch = fetch): HostApi {
  const call = async <T>(op: HostOperation, ...args: unknown[]): Promise<T> => {
    const response = await fetchImpl(`/api/${op}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [TOKEN_HEADER]: token },
      body: JSON.stringify(args),
    })
    if (!response.ok) {
      // 401: opened without this run's token (e.g. an old bookmark); the address printed by npm start has it.
      return unwrapReply<T>({ ok: false, error: { code: 'unavailable', message: `The host refused the request (${response.status}).` } })
    }
    return unwrapReply((await response.json()) as HostReply<T>)
  }
  return {
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
    openExternal: () => Promise.resolve(false),
    setEdited: () => Promise.resolve(),
    previewReport: (request) => call('previewReport', request),
    exportReport: (request, jobId) => call('exportReport', request, jobId),
    reportProgress: (jobId) => call('reportProgress', jobId),
    cancelReport: (jobId) => call('cancelReport', jobId),
    // The browser has no native menu; the page's own toolbar does everything.
    onMenuCommand: () => () => {},
  }
}
