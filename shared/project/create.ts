/** Building a new project from the two texts being compared. */
import type { TextFormat } from '../model/types.js'
import { PROJECT_FORMAT, PROJECT_VERSION } from './format.js'
import type { ProjectFile, ProjectVersion } from './schema.js'

export interface VersionInput {
  readonly label: string
  readonly format: TextFormat
  readonly content: string
  /** File name and hash where it was read from; null when typed or pasted. */
  readonly source: { name: string; sha256: string | null } | null
}

/** A fresh project comparing `current` (old) with `proposed` (new). */
export function createProject(title: string, current: VersionInput, proposed: VersionInput): ProjectFile {
  const version = (id: string, v: VersionInput): ProjectVersion => ({ id, ...v })
  return {
    format: PROJECT_FORMAT,
    version: PROJECT_VERSION,
    title,
    versions: [version('current', current), version('proposed', proposed)],
    compare: { old: 'current', new: 'proposed' },
    comments: [],
    provisions: [],
    settings: {},
  }
}

/** Returns a copy with one version's content replaced (e.g. the edited proposed text, saved as md). */
export function withVersionContent(project: ProjectFile, id: string, content: string, format: TextFormat): ProjectFile {
  return {
    ...project,
    versions: project.versions.map((v) => (v.id === id ? { ...v, content, format } : v)),
  }
}
