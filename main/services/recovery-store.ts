/**
 * The autosave copy of the open project, kept in the app's state folder while there are unsaved
 * changes, so a crash loses at most a few seconds of work. One slot: the app edits one project
 * at a time. Written atomically like a real save.
 */
import fs from 'node:fs/promises'
import path from 'node:path'
import { z } from 'zod'
import { validateProject, type ProjectFile } from '../../shared/project/index.js'
import type { RecoveryEntry } from '../../shared/host-api.js'
import { writeFileAtomic } from './atomic-write.js'

const envelope = z.object({ savedAt: z.string(), handle: z.string().nullable(), project: z.unknown() })

export class RecoveryStore {
  private readonly file: string

  constructor(stateDir: string) {
    this.file = path.join(stateDir, 'recovery.json')
  }

  async write(project: ProjectFile, handle: string | null, now = new Date()): Promise<void> {
    await fs.mkdir(path.dirname(this.file), { recursive: true })
    await writeFileAtomic(this.file, JSON.stringify({ savedAt: now.toISOString(), handle, project }))
  }

  /** The recovery copy, or null when there is none or it is unreadable (then it is set aside). */
  async read(): Promise<RecoveryEntry | null> {
    let text: string
    try {
      text = await fs.readFile(this.file, 'utf8')
    } catch {
      return null
    }
    try {
      const data = envelope.parse(JSON.parse(text))
      return { savedAt: data.savedAt, handle: data.handle, project: validateProject(data.project) }
    } catch {
      // Keep the damaged copy for a human to inspect, but stop offering it.
      await fs.rename(this.file, `${this.file}.damaged`).catch(() => {})
      return null
    }
  }

  async discard(): Promise<void> {
    await fs.rm(this.file, { force: true })
  }
}
