/**
 * Resolving all of a project's comments in one version: each comment is found from its own
 * version through one comparison per pair of versions (not one per comment), so listing 400
 * consultation responses costs a handful of comparisons.
 */
import type { Comparison } from '../compare/types.js'
import { compareTexts } from '../compare/index.js'
import { ParseError, type LegalText } from '../model/types.js'
import { parseText } from '../parse/index.js'
import type { ProjectFile } from '../project/schema.js'
import { orphanOf, resolveComment } from './resolve.js'
import type { Comment, Resolution } from './types.js'

export interface ResolvedComment {
  readonly comment: Comment
  readonly resolution: Resolution
}

/** Every comment, in project order, with where it is anchored in `versionId`. */
export function resolveInVersion(
  comments: readonly Comment[], versionId: string, texts: ReadonlyMap<string, LegalText>,
  /** Comparisons of a source version with `versionId` the caller already has (the app's live one). */
  known: ReadonlyMap<string, Comparison> = new Map(),
): ResolvedComment[] {
  const text = texts.get(versionId)
  if (!text) throw new RangeError(`no version "${versionId}"`)
  const comparisons = new Map<string, Comparison>(known)
  const comparisonFrom = (source: string, sourceText: LegalText): Comparison => {
    let c = comparisons.get(source)
    if (!c) comparisons.set(source, (c = compareTexts(sourceText, text)))
    return c
  }
  return comments.map((comment) => {
    const own = comment.target.version
    if (own === versionId) return { comment, resolution: resolveComment(comment, text) }
    const source = texts.get(own)
    if (!source) return { comment, resolution: orphanOf(comment) }
    return { comment, resolution: resolveComment(comment, text, { source, comparison: comparisonFrom(own, source) }) }
  })
}

/** Each version of the project read into its unit tree (the trees are never stored, contract). */
export function projectTexts(project: Pick<ProjectFile, 'versions'>): Map<string, LegalText> {
  return new Map(project.versions.map((v) => {
    try {
      return [v.id, parseText(v.content, { name: v.source?.name ?? v.label, format: v.format }).text]
    } catch (e) {
      if (e instanceof ParseError) throw new ParseError(`version "${v.id}": ${e.message}`, e.line)
      throw e
    }
  }))
}
