import { createHash } from 'node:crypto'
import fs from 'node:fs/promises'
import path from 'node:path'
import type { LegalText, TextFormat } from '../../shared/model/types.js'
import { ParseError } from '../../shared/model/types.js'
import { parseTextLazy } from '../../shared/parse/lazy.js'
import type { ProjectFile } from '../../shared/project/schema.js'
import type { ReportProvision, ReportComment, VersionProvenance } from '../../shared/report/model.js'
import type { Io } from './compare-command.js'
import { CliError } from './errors.js'
import { readInput } from './read-input.js'

/**
 * What `renvooi report` compares: either a `.renvooi` project (its compare.old and compare.new
 * versions, with their provenance and comments) or two text files (provenance from the files:
 * name and SHA-256 of the bytes read).
 */
export interface ReportSources {
  readonly title: string | null
  readonly oldText: LegalText
  readonly newText: LegalText
  readonly old: VersionProvenance
  readonly new: VersionProvenance
  readonly comments: readonly ReportComment[]
  /** Non-punishment provisions of the project, as the reports show them. */
  readonly provisions: readonly ReportProvision[]
}

export async function loadSources(positionals: readonly string[], from: TextFormat | undefined, io: Io): Promise<ReportSources> {
  if (positionals.length === 1) return loadProject(positionals[0]!, io)
  const [oldFile, newFile] = positionals as [string, string]
  const [o, n] = await Promise.all([readInput(oldFile), readInput(newFile)])
  const [oldText, newText] = await Promise.all([
    parse(oldFile, o.content, from, io), parse(newFile, n.content, from, io),
  ])
  // The hash is of the file's bytes as stored, so a reader can check it with sha256sum.
  const prov = async (file: string, text: LegalText): Promise<VersionProvenance> =>
    ({ label: text.label, sourceName: path.basename(file), sha256: createHash('sha256').update(await fs.readFile(file)).digest('hex') })
  return { title: null, oldText, newText, old: await prov(oldFile, oldText), new: await prov(newFile, newText), comments: [], provisions: [] }
}

async function loadProject(file: string, io: Io): Promise<ReportSources> {
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
  const version = (id: string) => project.versions.find((v) => v.id === id)!
  const oldV = version(project.compare.old)
  const newV = version(project.compare.new)
  const where = (v: typeof oldV): string => `${file} (version "${v.id}")`
  const [oldText, newText] = await Promise.all([
    parse(where(oldV), oldV.content, oldV.format, io, oldV.source?.name ?? oldV.label, oldV.label),
    parse(where(newV), newV.content, newV.format, io, newV.source?.name ?? newV.label, newV.label),
  ])
  const prov = (v: typeof oldV): VersionProvenance => ({ label: v.label, sourceName: v.source?.name ?? null, sha256: v.source?.sha256 ?? null })
  return {
    title: project.title || null,
    oldText, newText, old: prov(oldV), new: prov(newV),
    provisions: project.provisions.length ? (await import('../../shared/provisions/report.js')).provisionsForReport(project.provisions) : [],
    comments: await anchoredComments(project, oldText, newText).catch((e: unknown) => {
      // Another version of the project than the two compared may be unreadable; name it.
      if (e instanceof ParseError) throw new CliError(e.message, file, e.line)
      throw e
    }),
  }
}

/**
 * The project's comments anchored by shared/comments: a comment made on the current version is
 * found in the current text (so a response on a deleted passage stays on it), every other comment
 * in the proposed text, following the comparison from its own version. Orphans come back with
 * unitPath null and are listed, never dropped.
 */
async function anchoredComments(project: ProjectFile, oldText: LegalText, newText: LegalText): Promise<ReportComment[]> {
  if (!project.comments.length) return []
  const { resolveInVersion, commentsForReport, projectTexts } = await import('../../shared/comments/index.js')
  const { old, new: proposed } = project.compare
  const texts = projectTexts(project)
  texts.set(old, oldText)
  texts.set(proposed, newText)
  const onOld = project.comments.filter((c) => c.target.version === old)
  const others = project.comments.filter((c) => c.target.version !== old)
  return [
    ...commentsForReport(resolveInVersion(onOld, old, texts), 'old'),
    ...commentsForReport(resolveInVersion(others, proposed, texts), 'new'),
  ]
}

async function parse(where: string, content: string, format: TextFormat | undefined, io: Io, name?: string, label?: string): Promise<LegalText> {
  try {
    const result = await parseTextLazy(content, { name: name ?? path.basename(where), ...(format ? { format } : {}) })
    for (const w of result.warnings) io.stderr.write(`renvooi: ${where}${w.line ? `:${w.line}` : ''}: warning: ${w.message}\n`)
    return label ? { ...result.text, label } : result.text
  } catch (e) {
    if (e instanceof ParseError) throw new CliError(e.message, where, e.line)
    throw e
  }
}
