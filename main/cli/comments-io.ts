/** The file side of `renvooi comments --import/--merge`: reading responses, writing the result. */
import path from 'node:path'
import {
  ConsultationError, importConsultationCsv, importConsultationJson, projectTexts, type ConsultationImport,
} from '../../shared/comments/index.js'
import { mergeProjectComments } from '../../shared/comments/merge-projects.js'
import type { ProjectFile } from '../../shared/project/index.js'
import { writeOutput } from './output.js'
import type { Io } from './compare-command.js'
import { CliError } from './errors.js'
import { readInput } from './read-input.js'

/**
 * Adds the responses in `file` (CSV, or JSON when it looks like JSON) as consultation comments on
 * `versionId`. Rows that cannot be imported are named on stderr with their row number; the good
 * rows are imported all the same.
 */
export async function importResponses(project: ProjectFile, file: string, versionId: string, io: Io): Promise<ProjectFile> {
  const { content } = await readInput(file)
  const text = projectTexts({ versions: project.versions.filter((v) => v.id === versionId) }).get(versionId)!
  const opts = { version: versionId, text, now: new Date().toISOString(), existingIds: project.comments.map((c) => c.id) }
  let result: ConsultationImport
  try {
    result = looksLikeJson(file, content) ? importConsultationJson(content, opts) : importConsultationCsv(content, opts)
  } catch (e) {
    if (e instanceof ConsultationError) throw new CliError(e.message, file)
    throw e
  }
  for (const p of result.rejected) io.stderr.write(`renvooi: ${file}: row ${p.row}: skipped: ${p.reason}\n`)
  for (const p of result.notices) io.stderr.write(`renvooi: ${file}: row ${p.row}: ${p.reason}\n`)
  const inbox = result.comments.filter((c) => c.target.unitPath === '').length
  io.stderr.write(`renvooi: imported ${result.comments.length} response(s) (${inbox} in the inbox), skipped ${result.rejected.length}\n`)
  return { ...project, comments: [...project.comments, ...result.comments] }
}

export async function mergeProjects(project: ProjectFile, files: readonly string[], load: (file: string) => Promise<ProjectFile>, io: Io): Promise<ProjectFile> {
  const others = await Promise.all(files.map(load))
  const r = mergeProjectComments(project, others)
  if (r.unknownVersion) io.stderr.write(`renvooi: warning: ${r.unknownVersion} comment(s) are on a version this project does not have; kept, listed as orphaned\n`)
  io.stderr.write(`renvooi: merged ${r.added} comment(s), ${r.duplicates} already present\n`)
  return { ...project, comments: r.comments }
}

const looksLikeJson = (file: string, content: string): boolean =>
  path.extname(file).toLowerCase() === '.json' || /^\uFEFF?\s*[[{]/.test(content)

/** Writes atomically; refuses to write over one of the inputs (by any path or link). */
export async function writeOut(output: string, body: string, inputs: readonly string[]): Promise<void> {
  await writeOutput(output, body, inputs)
}
