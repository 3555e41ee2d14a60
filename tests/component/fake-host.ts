/** An in-memory HostApi for component tests: samples from disk, projects in a Map. */
import fs from 'node:fs'
import path from 'node:path'
import { encodeHostError, type HostApi, type MenuCommand, type RecoveryEntry } from '../../shared/host-api.js'
import { parseProject, serializeProject, type ProjectFile } from '../../shared/project/index.js'

const SAMPLES = path.resolve(import.meta.dirname, '../../samples')

export interface FakeHost extends HostApi {
  readonly files: Map<string, string>
  recovery: RecoveryEntry | null
  menu(command: MenuCommand): void
}

export function createFakeHost(): FakeHost {
  const files = new Map<string, string>()
  const listeners = new Set<(c: MenuCommand) => void>()
  const host: FakeHost = {
    files,
    recovery: null,
    menu: (c) => listeners.forEach((l) => l(c)),
    hostInfo: async () => ({ kind: 'web', version: 'test', nativeDialogs: false }),
    appVersion: async () => 'test',
    listSamples: async () => ['273f-current.md', '273f-proposed.md'].map((id) => ({ id, name: id })),
    readSample: async (id) => ({ name: id, format: 'md', content: fs.readFileSync(path.join(SAMPLES, id), 'utf8'), sha256: 'x' }),
    pickTextFile: async () => null,
    listProjects: async () => [...files.keys()].map((handle) => ({ handle, name: handle })),
    openProject: async (handle) => {
      const text = handle ? files.get(handle) : undefined
      if (text === undefined) throw new Error(encodeHostError({ code: 'not-found', message: 'missing', file: handle ?? '' }))
      try {
        return { handle: handle!, name: handle!, project: parseProject(text) }
      } catch (e) {
        throw new Error(encodeHostError({ code: 'project-invalid', message: `${handle}: ${(e as Error).message}`, file: handle! }), { cause: e })
      }
    },
    saveProject: async (project: ProjectFile, handle) => {
      const name = `${handle ?? 'naamloos'}`.endsWith('.renvooi') ? handle! : `${handle}.renvooi`
      files.set(name, serializeProject(project))
      return { handle: name, name }
    },
    recentProjects: async () => [],
    writeRecovery: async (project, handle) => {
      host.recovery = { savedAt: new Date().toISOString(), handle, project }
    },
    readRecovery: async () => host.recovery,
    discardRecovery: async () => {
      host.recovery = null
    },
    openExternal: async () => false,
    setEdited: async () => {},
    // Reports: component tests that need more replace these (tests/component/report-dialog.test.tsx).
    previewReport: async (request) => `<!doctype html><title>${request.view}</title><p>${request.view} ${request.format}</p>`,
    exportReport: async (request) => ({ kind: 'download', fileName: `rapport.${request.format}`, mimeType: 'text/plain', base64: '' }),
    reportProgress: async () => null,
    cancelReport: async () => false,
    onMenuCommand: (l) => {
      listeners.add(l)
      return () => listeners.delete(l)
    },
  }
  return host
}
