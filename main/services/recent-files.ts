/** The list of recently opened or saved projects, newest first, kept in the state folder. */
import fs from 'node:fs/promises'
import path from 'node:path'
import { z } from 'zod'
import { writeFileAtomic } from './atomic-write.js'

export const RECENT_LIMIT = 10

export class RecentFiles {
  private readonly file: string

  constructor(stateDir: string) {
    this.file = path.join(stateDir, 'recent.json')
  }

  async list(): Promise<string[]> {
    try {
      return z.array(z.string()).parse(JSON.parse(await fs.readFile(this.file, 'utf8'))).slice(0, RECENT_LIMIT)
    } catch {
      return []
    }
  }

  async add(entry: string): Promise<string[]> {
    const next = [entry, ...(await this.list()).filter((e) => e !== entry)].slice(0, RECENT_LIMIT)
    await fs.mkdir(path.dirname(this.file), { recursive: true })
    await writeFileAtomic(this.file, JSON.stringify(next, null, 2))
    return next
  }
}
