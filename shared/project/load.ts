/**
 * Reading a project file: JSON → version check → migration → validation. Failures are
 * `ProjectLoadError`s with a message a drafter can act on; the caller never touches the file.
 */
import { PROJECT_FORMAT, PROJECT_VERSION, projectSchema, type ProjectFile } from './schema.js'
import { migrateProject } from './migrate.js'

export type ProjectLoadProblem = 'invalid' | 'too-new'

export class ProjectLoadError extends Error {
  constructor(message: string, readonly problem: ProjectLoadProblem) {
    super(message)
    this.name = 'ProjectLoadError'
  }
}

/** Parses and validates the text of a project file; throws ProjectLoadError. */
export function parseProject(json: string): ProjectFile {
  let data: unknown
  try {
    data = JSON.parse(json)
  } catch (e) {
    throw new ProjectLoadError(`not valid JSON (${(e as Error).message})`, 'invalid')
  }
  return validateProject(data)
}

/** Validates already-parsed JSON (e.g. a payload from the renderer); throws ProjectLoadError. */
export function validateProject(data: unknown): ProjectFile {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new ProjectLoadError('not a Renvooi project (expected a JSON object)', 'invalid')
  }
  const record = data as Record<string, unknown>
  if (record.format !== PROJECT_FORMAT) {
    throw new ProjectLoadError(`not a Renvooi project (format is not "${PROJECT_FORMAT}")`, 'invalid')
  }
  const version = record.version
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw new ProjectLoadError('the project has no valid "version"', 'invalid')
  }
  if (version > PROJECT_VERSION) {
    // Refused rather than read partially: saving it again would silently drop what we don't know.
    throw new ProjectLoadError(
      `the project was written by a newer Renvooi (project version ${version}; this app reads up to ${PROJECT_VERSION}). Update Renvooi to open it.`,
      'too-new',
    )
  }
  const result = projectSchema.safeParse(migrateProject(record))
  if (!result.success) {
    const issue = result.error.issues[0]
    const where = issue && issue.path.length ? ` at ${issue.path.join('.')}` : ''
    throw new ProjectLoadError(`the project is damaged${where}: ${issue?.message ?? 'invalid'}`, 'invalid')
  }
  return result.data
}

/** The text written to disk: stable two-space JSON with a final newline, diff-friendly. */
export function serializeProject(project: ProjectFile): string {
  return `${JSON.stringify(project, null, 2)}\n`
}
