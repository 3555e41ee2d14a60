/**
 * What a report compares, from a Renvooi project: its compare.old and compare.new versions parsed,
 * with their provenance, the comments anchored by shared/comments and the provisions. Shared by
 * `renvooi report` (main/cli) and the app's export (report-export.ts), so both build the very same
 * report from the same project.
 */
import { createHash } from 'node:crypto'
import type { LegalText, TextFormat } from '../../shared/model/types.js'
import { ParseError } from '../../shared/model/types.js'
import { parseTextLazy } from '../../shared/parse/lazy.js'
import type { ProjectFile } from '../../shared/project/schema.js'
import type { ReportComment, ReportProvision, VersionProvenance } from '../../shared/report/model.js'

export interface ReportSources {
  readonly title: string | null
  readonly oldText: LegalText
  readonly newText: LegalText
  readonly old: VersionProvenance
  readonly new: VersionProvenance
  readonly comments: readonly ReportComment[]
  /** Non-punishment provisions of the project, as the reports show them. */
  readonly provisions: readonly ReportProvision[]
  /** The drieluik's third column per unit path of the new text (where provisions went in). */
  readonly toelichting?: Readonly<Record<string, string>>
}

/** A version that cannot be read: `where` names the file (and version), `line` the line if known. */
export class ReportSourceError extends Error {
  constructor(message: string, readonly where: string, readonly line?: number) {
    super(message)
    this.name = 'ReportSourceError'
  }
}

/** Where the parser's warnings go (the CLI prints them on stderr; the app ignores them). */
export type WarningSink = (where: string, message: string, line?: number) => void

export async function sourcesFromProject(project: ProjectFile, file: string, warn: WarningSink = () => {}): Promise<ReportSources> {
  const version = (id: string) => project.versions.find((v) => v.id === id)!
  const oldV = version(project.compare.old)
  const newV = version(project.compare.new)
  const where = (v: typeof oldV): string => `${file} (version "${v.id}")`
  const [oldText, newText] = await Promise.all([
    parseSource(where(oldV), oldV.content, oldV.format, warn, oldV.source?.name ?? oldV.label, oldV.label),
    parseSource(where(newV), newV.content, newV.format, warn, newV.source?.name ?? newV.label, newV.label),
  ])
  const prov = (v: typeof oldV): VersionProvenance => {
    const fileHash = v.source?.sha256 ?? null
    const compared = createHash('sha256').update(v.content, 'utf8').digest('hex')
    return { label: v.label, sourceName: v.source?.name ?? null, sha256: fileHash, ...(compared !== fileHash ? { comparedSha256: compared } : {}) }
  }
  return {
    title: project.title || null,
    oldText, newText, old: prov(oldV), new: prov(newV),
    ...(project.provisions.length ? await provisionParts(project) : { provisions: [] }),
    comments: await anchoredComments(project, oldText, newText).catch((e: unknown) => {
      // Another version of the project than the two compared may be unreadable; name it.
      if (e instanceof ParseError) throw new ReportSourceError(e.message, file, e.line)
      throw e
    }),
  }
}

async function provisionParts(project: ProjectFile): Promise<Pick<ReportSources, 'provisions' | 'toelichting'>> {
  const { provisionsForReport, provisionToelichting } = await import('../../shared/provisions/report.js')
  return { provisions: provisionsForReport(project.provisions), toelichting: provisionToelichting(project.provisions, project.compare.new) }
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

/** Parses one version; a ParseError becomes a ReportSourceError that names where it came from. */
export async function parseSource(where: string, content: string, format: TextFormat | undefined, warn: WarningSink, name: string, label?: string): Promise<LegalText> {
  try {
    const result = await parseTextLazy(content, { name, ...(format ? { format } : {}) })
    for (const w of result.warnings) warn(where, w.message, w.line)
    return label ? { ...result.text, label } : result.text
  } catch (e) {
    if (e instanceof ParseError) throw new ReportSourceError(e.message, where, e.line)
    throw e
  }
}
