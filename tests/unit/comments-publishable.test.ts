/**
 * Whether a comment may be published (contract field `publishable`): missing counts as not
 * publishable; a typed comment is not publishable unless the drafter ticks it; it can be changed
 * afterwards (shared setPublishable, the card's "Bewerken"); and the reports follow the mark.
 */
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseText } from '../../shared/parse/index.js'
import { commentsForReport, isPublishable, makeTarget, setPublishable, type Comment, type ResolvedComment } from '../../shared/comments/index.js'
import { unitsByPath } from '../../shared/model/path.js'
import { commentFromDraft, type CommentDraft } from '../../renderer/comments/new-comment.js'
import { editComment } from '../../renderer/comments/thread-edits.js'

const ROOT = path.resolve(import.meta.dirname, '../..')
const proposal = parseText(fs.readFileSync(path.join(ROOT, 'samples', '273f-proposed.md'), 'utf8'), { name: '273f-proposed.md' }).text
const LID3 = 'artikel:273f/lid:3'
const NOW = '2026-11-23T10:00:00.000Z'
const LATER = '2026-11-24T09:00:00.000Z'

const draft: CommentDraft = { unitPath: LID3, passage: 'draagmoederschap', body: 'Waarom hier?', author: 'C. Jurist', organisation: 'DWJZ', kind: 'opmerking' }

function typed(extra: Partial<CommentDraft> = {}): Comment {
  const r = commentFromDraft({ ...draft, ...extra }, proposal, 'proposed', NOW, new Set())
  if (!r.ok) throw new Error(r.problem)
  return r.comment
}

const stored = (extra: Partial<Comment> = {}): Comment => {
  const unit = unitsByPath(proposal.units).get(LID3)!
  const start = unit.text.indexOf('draagmoederschap')
  return { id: 'c-1', target: makeTarget('proposed', unit, start, start + 16), body: 'Tekst', author: 'A', kind: 'opmerking', status: 'open', created: NOW, ...extra }
}

describe('publishable', () => {
  it('counts a comment without the field as not publishable', () => {
    expect(isPublishable(stored())).toBe(false)
    expect(isPublishable(stored({ publishable: false }))).toBe(false)
    expect(isPublishable(stored({ publishable: true }))).toBe(true)
  })

  it('makes a typed comment not publishable unless the drafter ticks it, and says so in the file', () => {
    expect(typed()).toMatchObject({ publishable: false, source: 'typed' })
    expect(typed({ publishable: false }).publishable).toBe(false)
    expect(typed({ publishable: true }).publishable).toBe(true)
  })

  it('changes the mark afterwards, recording when', () => {
    const c = stored()
    expect(setPublishable(c, true, LATER)).toEqual({ ...c, publishable: true, modified: LATER })
    expect(setPublishable({ ...c, publishable: true }, false, LATER)).toMatchObject({ publishable: false, modified: LATER })
  })

  it('saves the edit form: words and mark together, and nothing when nothing changed', () => {
    const c = stored({ publishable: true })
    expect(editComment(c, { body: 'Tekst', publishable: true }, LATER)).toBe(c)
    expect(editComment(stored(), { body: 'Tekst', publishable: false }, LATER)).toEqual(stored())
    expect(editComment(c, { body: 'Tekst', publishable: false }, LATER)).toEqual({ ...c, publishable: false, modified: LATER })
    expect(editComment(c, { body: 'Nieuw', publishable: true }, LATER)).toEqual({ ...c, body: 'Nieuw', modified: LATER })
  })

  it('lets the reports follow the mark', () => {
    const resolved = (comment: Comment): ResolvedComment => ({ comment, resolution: { state: 'orphaned', unitPath: null, position: null, quote: 'x', lastUnitPath: null, score: 0 } })
    const all = [resolved({ ...stored(), id: 'a' }), resolved(setPublishable({ ...stored(), id: 'b' }, true, LATER))]
    expect(commentsForReport(all, 'new').map((c) => [c.id, c.publishable])).toEqual([['a', false], ['b', true]])
    expect(commentsForReport(all, 'new', { publishableOnly: true }).map((c) => c.id)).toEqual(['b'])
  })
})
