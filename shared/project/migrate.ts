/**
 * Migrations between project versions, oldest first. Version 1 is the first published version,
 * so the table is empty; a future version 2 adds `1: (p) => ({ ...p, version: 2, … })` here and
 * keeps every unknown field (`...p`).
 */
import { PROJECT_VERSION } from './schema.js'

type Migration = (project: Record<string, unknown>) => Record<string, unknown>

const MIGRATIONS: Readonly<Record<number, Migration>> = {}

/** Brings an older project up to PROJECT_VERSION; a current one is returned as is. */
export function migrateProject(project: Record<string, unknown>): Record<string, unknown> {
  let current = project
  let version = current.version as number
  while (version < PROJECT_VERSION) {
    const step = MIGRATIONS[version]
    if (!step) throw new Error(`no migration from project version ${version}`)
    current = step(current)
    version = current.version as number
  }
  return current
}
