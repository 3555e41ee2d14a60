import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createProject } from '../../shared/project/index.js'
import { writeFileAtomic } from '../../main/services/atomic-write.js'
import { readProjectFile, writeProjectFile } from '../../main/services/project-store.js'
import { RecoveryStore } from '../../main/services/recovery-store.js'
import { RecentFiles, RECENT_LIMIT } from '../../main/services/recent-files.js'
import { HostError } from '../../main/services/host-error.js'

const project = createProject('Art. 273f', { label: 'geldend', format: 'md', content: '# Artikel 273f\n', source: null }, { label: 'voorstel', format: 'md', content: '# Artikel 273f\n', source: null })
let dir: string

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'renvooi-store-'))
})
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }))

const codeOf = async (p: Promise<unknown>): Promise<string> => p.then(() => 'none', (e) => (e instanceof HostError ? e.code : 'other'))

describe('atomic save', () => {
  it('replaces the file and leaves no temp files behind', async () => {
    const file = path.join(dir, 'p.renvooi')
    fs.writeFileSync(file, 'old')
    await writeFileAtomic(file, 'new')
    expect(fs.readFileSync(file, 'utf8')).toBe('new')
    expect(fs.readdirSync(dir)).toEqual(['p.renvooi'])
  })

  it('keeps the old file when writing fails', async () => {
    const file = path.join(dir, 'missing-folder', 'p.renvooi')
    await expect(writeFileAtomic(file, 'x')).rejects.toThrow()
    const target = path.join(dir, 'p.renvooi')
    fs.writeFileSync(target, 'old')
    fs.chmodSync(dir, 0o500) // no new files (temp) may be created
    try {
      if (process.getuid?.() !== 0) await expect(writeFileAtomic(target, 'new')).rejects.toThrow()
    } finally {
      fs.chmodSync(dir, 0o700)
    }
    expect(fs.readFileSync(target, 'utf8')).toBe('old')
  })
})

describe('project store', () => {
  it('writes and reads a project', async () => {
    const file = path.join(dir, 'p.renvooi')
    await writeProjectFile(file, project)
    await expect(readProjectFile(file)).resolves.toEqual(project)
  })

  it('reports a corrupt file by name and leaves it untouched', async () => {
    const file = path.join(dir, 'kapot.renvooi')
    fs.writeFileSync(file, '{"format":"renvooi.project",')
    const before = fs.statSync(file).mtimeMs
    const error = await readProjectFile(file).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(HostError)
    expect((error as HostError).code).toBe('project-invalid')
    expect((error as HostError).message).toMatch(/^kapot\.renvooi: /)
    expect(fs.readFileSync(file, 'utf8')).toBe('{"format":"renvooi.project",')
    expect(fs.statSync(file).mtimeMs).toBe(before)
  })

  it('refuses a project from a newer app', async () => {
    const file = path.join(dir, 'nieuw.renvooi')
    fs.writeFileSync(file, JSON.stringify({ ...project, version: 99 }))
    await expect(codeOf(readProjectFile(file))).resolves.toBe('project-too-new')
  })

  it('reports a missing file', async () => {
    await expect(codeOf(readProjectFile(path.join(dir, 'weg.renvooi')))).resolves.toBe('not-found')
  })
})

describe('recovery', () => {
  it('writes, reads and discards the recovery copy', async () => {
    const store = new RecoveryStore(path.join(dir, 'state'))
    await expect(store.read()).resolves.toBeNull()
    await store.write(project, 'p.renvooi', new Date('2026-11-23T12:00:00Z'))
    await expect(store.read()).resolves.toEqual({ savedAt: '2026-11-23T12:00:00.000Z', handle: 'p.renvooi', project })
    await store.discard()
    await expect(store.read()).resolves.toBeNull()
  })

  it('sets a damaged recovery copy aside instead of offering it', async () => {
    const state = path.join(dir, 'state')
    fs.mkdirSync(state)
    fs.writeFileSync(path.join(state, 'recovery.json'), 'garbage')
    await expect(new RecoveryStore(state).read()).resolves.toBeNull()
    expect(fs.existsSync(path.join(state, 'recovery.json.damaged'))).toBe(true)
  })
})

describe('recent files', () => {
  it('keeps the newest first, without duplicates, up to the limit', async () => {
    const recent = new RecentFiles(dir)
    for (let i = 0; i < RECENT_LIMIT + 3; i++) await recent.add(`/p/${i}.renvooi`)
    await recent.add('/p/5.renvooi')
    const list = await recent.list()
    expect(list).toHaveLength(RECENT_LIMIT)
    expect(list[0]).toBe('/p/5.renvooi')
    expect(list.filter((f) => f === '/p/5.renvooi')).toHaveLength(1)
  })
})
