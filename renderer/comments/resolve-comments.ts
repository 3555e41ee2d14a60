/**
 * Where each of the project's comments is anchored now. Comments on the current text stay on the
 * current text: a reviewer's remark on a passage the proposal drops ("why does this go?") belongs
 * there, and editing the proposal cannot move or orphan it. Comments on the proposal resolve
 * against the live text in the editor; comments made on another version (an older draft) are
 * followed through one comparison per version (shared/comments resolveInVersion), so renumbering
 * there is followed too.
 */
import { projectTexts, resolveComment, resolveInVersion, type ResolvedComment } from '../../shared/comments/index.js'
import { compareTexts } from '../../shared/compare/index.js'
import type { Comparison } from '../../shared/compare/types.js'
import type { LegalText } from '../../shared/model/types.js'
import type { ProjectFile } from '../../shared/project/schema.js'

/**
 * The versions read from the project as stored: the ones comments refer to other than the
 * current text (already parsed by the workspace), including the proposal as last saved, which
 * the live text is compared with. A version that cannot be read is left out: its comments list
 * as orphaned (resolveInVersion), never hidden.
 */
export function storedTexts(project: Pick<ProjectFile, 'versions' | 'compare' | 'comments'>): Map<string, LegalText> {
  return textsOf(project, commentVersions(project.comments))
}

/**
 * The versions the comments are on, as one string: what storedTexts depends on. Comments change
 * with every keystroke (their anchors are carried), the versions they are on almost never, so
 * memoising on this keeps the stored versions from being parsed again per keystroke.
 */
export const commentVersions = (comments: ProjectFile['comments']): string => [...new Set(comments.map((c) => c.target.version))].sort().join('\u0000')

/** storedTexts for the versions named in `versions` (commentVersions). */
export function textsOf(project: Pick<ProjectFile, 'versions' | 'compare'>, versions: string): Map<string, LegalText> {
  const wanted = new Set(versions.split('\u0000'))
  const texts = new Map<string, LegalText>()
  for (const v of project.versions) {
    if (v.id === project.compare.old || !wanted.has(v.id)) continue
    try {
      for (const [id, text] of projectTexts({ versions: [v] })) texts.set(id, text)
    } catch {
      // unreadable version: see above
    }
  }
  return texts
}

/** Whether a comment is on the current text (shown and marked there), not on the proposal. */
export const onCurrentText = (comment: ProjectFile['comments'][number], compare: ProjectFile['compare']): boolean =>
  comment.target.version === compare.old && compare.old !== compare.new

export function resolveProjectComments(
  project: Pick<ProjectFile, 'compare' | 'comments'>,
  oldText: LegalText,
  newText: LegalText,
  stored: ReadonlyMap<string, LegalText>,
): ResolvedComment[] {
  const newId = project.compare.new
  const oldId = project.compare.old
  const texts = new Map(stored)
  texts.set(oldId, oldText)
  texts.set(newId, newText)
  const onCurrent = project.comments.filter((c) => c.target.version === oldId && oldId !== newId)
  const inCurrent = new Map(resolveInVersion(onCurrent, oldId, texts).map((r) => [r.comment, r]))
  const others = inCurrent.size ? project.comments.filter((c) => !inCurrent.has(c)) : project.comments
  const inProposal = new Map(resolveInVersion(others, newId, texts).map((r) => [r.comment, r]))
  const resolved = project.comments.map((c) => inCurrent.get(c) ?? inProposal.get(c)!)

  // The app carries the proposal's anchors through every edit (carry-comments.ts). A proposal
  // comment that was not carried (handed in from elsewhere against a text edited since) and is
  // found nowhere in the live text is asked again through the comparison of the proposal as saved
  // with the live text, which says what its unit became. Comments an edit orphaned
  // (`target.orphaned`) and the inbox are settled already: no comparison per keystroke for them.
  const saved = stored.get(newId)
  let sinceSaved: Comparison | null = null
  return resolved.map((r) => {
    const t = r.comment.target
    if (!saved || r.resolution.state !== 'orphaned' || t.version !== newId || t.orphaned || t.unitPath === '') return r
    sinceSaved ??= compareTexts(saved, newText)
    const again = resolveComment(r.comment, newText, { source: saved, comparison: sinceSaved, sameVersion: true })
    return again.state === 'anchored' ? { comment: r.comment, resolution: again } : r
  })
}
