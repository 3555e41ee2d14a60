import { createHash } from 'node:crypto'
import fs from 'node:fs/promises'
import path from 'node:path'
import type { LegalText, TextFormat } from '../../shared/model/types.js'
import type { ProjectFile } from '../../shared/project/schema.js'
import type { VersionProvenance } from '../../shared/report/model.js'
import { parseSource, ReportSourceError, sourcesFromProject, type ReportSources, type WarningSink } from '../services/report-sources.js'
import type { Io } from './compare-command.js'
import { CliError } from './errors.js'
import { readInput } from './read-input.js'

export type { ReportSources } from '../services/report-sources.js'

/**
 * What `renvooi report` compares: either a `.renvooi` project (its compare.old and compare.new
 * versions, with their provenance and comments — read by main/services/report-sources.ts, the
 * same code the app exports with) or two text files (provenance from the files: name and SHA-256
 * of the bytes read).
 */
export async function loadSources(positionals: readonly string[], from: TextFormat | undefined, io: Io): Promise<ReportSources> {
  const warn: WarningSink = (where, message, line) => io.stderr.write(`renvooi: ${where}${line ? `:${line}` : ''}: warning: ${message}\n`)
  try {
    if (positionals.length === 1) return await loadProject(positionals[0]!, warn)
    const [oldFile, newFile] = positionals as [string, string]
    const [o, n] = await Promise.all([readInput(oldFile), readInput(newFile)])
    const [oldText, newText] = await Promise.all([
      parseSource(oldFile, o.content, from, warn, path.basename(oldFile)), parseSource(newFile, n.content, from, warn, path.basename(newFile)),
    ])
    // The hash is of the file's bytes as stored, so a reader can check it with sha256sum.
    const prov = async (file: string, text: LegalText): Promise<VersionProvenance> =>
      ({ label: text.label, sourceName: path.basename(file), sha256: createHash('sha256').update(await fs.readFile(file)).digest('hex') })
    return { title: null, oldText, newText, old: await prov(oldFile, oldText), new: await prov(newFile, newText), comments: [], provisions: [] }
  } catch (e) {
    if (e instanceof ReportSourceError) throw new CliError(e.message, e.where, e.line)
    throw e
  }
}

async function loadProject(file: string, warn: WarningSink): Promise<ReportSources> {
  const { content } = await readInput(file)
  // One file alone must be a project; a statute text here means the second text was forgotten.
  if (!content.trimStart().startsWith('{')) throw new CliError('not a Renvooi project; give a .renvooi project, or two text files OLD NEW', file)
  const { parseProject, ProjectLoadError } = await import('../../shared/project/load.js')
  let project: ProjectFile
  try {
    project = parseProject(content)
  } catch (e) {
    if (e instanceof ProjectLoadError) throw new CliError(`${e.message} (give a .renvooi project, or two text files OLD NEW)`, file)
    throw e
  }
  return sourcesFromProject(project, file, warn)
}
