/**
 * The browser host's side of HostPlatform: no native dialogs; projects live in one projects
 * folder and the renderer names them by file name only, so it cannot reach any other file.
 */
import fs from 'node:fs/promises'
import path from 'node:path'
import type { ProjectEntry } from '../../shared/host-api.js'
import type { HostPlatform } from '../services/host-service.js'
import { PROJECT_EXTENSION, withProjectExtension } from '../services/project-store.js'
import { resolveInside } from '../services/safe-path.js'

export function createWebPlatform(projectsDir: string): HostPlatform {
  return {
    kind: 'web',
    nativeDialogs: false,
    resolveProject(handle) {
      const name = withProjectExtension(handle.trim())
      // A bare name only: no folders, no hidden files (the atomic-save temp files are hidden).
      if (name.startsWith('.') || /[\\/:*?"<>|\0]/.test(name) || name.length > 200) return null
      return resolveInside(projectsDir, name)
    },
    handleOf: (file) => path.basename(file),
    async listProjects(): Promise<ProjectEntry[]> {
      let names: string[]
      try {
        names = await fs.readdir(projectsDir)
      } catch {
        return []
      }
      const projects = names.filter((n) => n.toLowerCase().endsWith(PROJECT_EXTENSION) && !n.startsWith('.'))
      const withTimes = await Promise.all(
        projects.map(async (name) => ({ name, mtime: (await fs.stat(path.join(projectsDir, name)).catch(() => null))?.mtimeMs ?? 0 })),
      )
      return withTimes.sort((a, b) => b.mtime - a.mtime || a.name.localeCompare(b.name)).map(({ name }) => ({ handle: name, name }))
    },
  }
}
