import { describe, expect, it } from 'vitest'
import { addReply, isInbox, reattach, resolveComment, setReaction, setStatus, type Comment } from '../../shared/comments/index.js'
import { commentOn, legal } from './comments-helpers.js'

const L = 'Niet strafbaar is het slachtoffer dat een strafbaar feit begaat.'
const text = legal({ 1: [L] })
const base = commentOn(text, 'proposed', 'artikel:1/lid:1', 'strafbaar feit', { id: 'c-1' })
const NOW = '2026-11-23T14:00:00Z'

describe('working on a comment', () => {
  it('threads replies with fresh ids and marks the comment modified', () => {
    const one = addReply(base, { author: 'Wetgevingsjurist', body: 'Zie lid 9.' }, NOW)
    const two = addReply({ ...one, replies: [{ ...one.replies![0]!, id: 'r-2' }] }, { author: 'A. Jansen', body: 'Dank.' }, NOW)
    expect(one.replies).toEqual([{ id: 'r-1', author: 'Wetgevingsjurist', body: 'Zie lid 9.', created: NOW }])
    expect(two.replies!.map((r) => r.id)).toEqual(['r-2', 'r-3'])
    expect(one.modified).toBe(NOW)
    expect(base.replies).toBeUndefined()
  })

  it('sets status and reaction', () => {
    const done = setReaction(setStatus(base, 'overgenomen', NOW), 'Lid 9 is aangepast.', NOW)
    expect(done).toMatchObject({ status: 'overgenomen', reaction: 'Lid 9 is aangepast.', modified: NOW })
  })

  it('files an inbox response (or re-attaches an orphan) on a passage, keeping its thread', () => {
    const inbox: Comment = {
      ...addReply(base, { author: 'X', body: 'y' }, NOW),
      target: { version: 'proposed', unitPath: '', quote: { exact: '', prefix: '', suffix: '' }, position: { start: 0, end: 0 }, about: 'lid 12', orphaned: 'unit' },
    }
    expect(isInbox(inbox)).toBe(true)
    const start = L.indexOf('het slachtoffer')
    const filed = reattach(inbox, 'proposed', { path: 'artikel:1/lid:1', text: L }, start, start + 15, NOW)
    expect(filed.target).toEqual({ version: 'proposed', unitPath: 'artikel:1/lid:1', quote: { exact: 'het slachtoffer', prefix: L.slice(0, start), suffix: L.slice(start + 15) }, position: { start, end: start + 15 } })
    expect(filed.replies).toHaveLength(1)
    expect(resolveComment(filed, text)).toMatchObject({ state: 'anchored', quote: 'het slachtoffer' })
  })
})
