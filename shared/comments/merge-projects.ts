/**
 * Merging a reviewer's project file into ours. The reviewer may have commented on a copy whose
 * text has since been edited here (or there); their comments are first carried from their copy of
 * the version to ours, exactly as an edit would carry them (map.ts), so they land on the same words
 * or are orphaned — never on a lookalike. Then duplicates are recognised (merge.ts).
 */
import type { LegalText } from '../model/types.js'
import type { ProjectFile } from '../project/schema.js'
import { mapComments } from './map.js'
import { mergeComments, type MergeResult } from './merge.js'
import { projectTexts } from './in-version.js'
import type { Comment } from './types.js'

export interface ProjectMerge extends MergeResult {
  /** Comments on a version this project does not have: kept (they list as orphaned), reported. */
  readonly unknownVersion: number
}

export function mergeProjectComments(base: ProjectFile, others: readonly ProjectFile[]): ProjectMerge {
  let ours: Map<string, LegalText> | undefined
  const oursText = (id: string): LegalText | undefined => (ours ??= projectTexts(base)).get(id)
  let unknownVersion = 0
  const carried = others.map((other) => {
    let theirs: Map<string, LegalText> | undefined
    const out: Comment[] = []
    const byVersion = new Map<string, Comment[]>()
    for (const c of other.comments) byVersion.set(c.target.version, [...(byVersion.get(c.target.version) ?? []), c])
    for (const [id, comments] of byVersion) {
      const mine = base.versions.find((v) => v.id === id)
      const their = other.versions.find((v) => v.id === id)
      if (!mine) unknownVersion += comments.length
      if (!mine || !their || their.content === mine.content) {
        out.push(...comments)
        continue
      }
      const before = (theirs ??= projectTexts(other)).get(id)!
      out.push(...mapComments(comments, before, oursText(id)!).map((m) => m.comment))
    }
    // Keep the reviewer's order.
    const order = new Map(other.comments.map((c, i) => [c.id, i]))
    return out.sort((a, b) => order.get(a.id)! - order.get(b.id)!)
  })
  return { ...mergeComments(base.comments, ...carried), unknownVersion }
}
