/**
 * The project file (`*.renvooi`), exactly as contracts/project-json.md. Every object is a zod
 * `looseObject` so that fields written by a newer app (or by hand) survive a load/save round trip:
 * the contract promises that unknown fields are preserved.
 */
import { z } from 'zod'
import { provisionSchema } from '../provisions/schema.js'

import { PROJECT_FORMAT, PROJECT_VERSION } from './format.js'

/** The newest project version this app reads and writes, and the format's name (format.ts). */
export { PROJECT_FORMAT, PROJECT_VERSION }

const textFormat = z.enum(['md', 'text', 'bwb'])

const source = z.looseObject({
  name: z.string(),
  sha256: z.string().nullable().optional(),
})

export const versionSchema = z.looseObject({
  id: z.string().min(1),
  label: z.string(),
  format: textFormat,
  source: source.nullable(),
  content: z.string(),
})

const reply = z.looseObject({
  id: z.string(),
  author: z.string(),
  body: z.string(),
  created: z.string(),
})

export const commentSchema = z.looseObject({
  id: z.string(),
  target: z.looseObject({
    version: z.string(),
    unitPath: z.string(),
    quote: z.looseObject({ exact: z.string(), prefix: z.string(), suffix: z.string() }),
    position: z.looseObject({ start: z.number().int().min(0), end: z.number().int().min(0) }),
    // Extension (optional, shared/comments): set when an edit deleted the quoted passage
    // ('passage': unitPath still names its unit) or the whole unit ('unit': unitPath is the path it
    // last had and names no unit, or another one), so the comment stays orphaned — never re-attached
    // to a lookalike — until its text returns (undo).
    orphaned: z.enum(['passage', 'unit']).optional(),
    // Extension (optional): what a consultation response said it was about ("art. 273f lid 12")
    // when that named no unit, kept for the coordinator who files it from the inbox.
    about: z.string().optional(),
    // Extension (optional): the words as quoted when the comment was made, kept once an edit of
    // the passage changed them — quote.exact follows the edited text, so the comment can be found
    // in it, and the reviewer's own quotation would otherwise be gone.
    quotedAs: z.string().optional(),
  }),
  body: z.string(),
  author: z.string(),
  organisation: z.string().optional(),
  kind: z.enum(['opmerking', 'bezwaar', 'steun', 'voorstel']),
  status: z.enum(['open', 'verwerkt', 'overgenomen', 'niet-overgenomen']),
  publishable: z.boolean().optional(),
  reaction: z.string().optional(),
  replies: z.array(reply).optional(),
  created: z.string(),
  modified: z.string().optional(),
  source: z.enum(['typed', 'consultation', 'merged']).optional(),
})

export const projectSchema = z
  .looseObject({
    format: z.literal(PROJECT_FORMAT),
    version: z.literal(PROJECT_VERSION),
    title: z.string(),
    versions: z.array(versionSchema).min(1),
    compare: z.looseObject({ old: z.string(), new: z.string() }),
    comments: z.array(commentSchema),
    /** Non-punishment provisions: see shared/provisions/README.md for the fields. */
    provisions: z.array(provisionSchema),
    settings: z.record(z.string(), z.unknown()),
  })
  .superRefine((p, ctx) => {
    const ids = new Set(p.versions.map((v) => v.id))
    if (ids.size !== p.versions.length) ctx.addIssue({ code: 'custom', path: ['versions'], message: 'version ids must be unique' })
    for (const side of ['old', 'new'] as const) {
      if (!ids.has(p.compare[side])) {
        ctx.addIssue({ code: 'custom', path: ['compare', side], message: `no version with id "${p.compare[side]}"` })
      }
    }
  })

export type ProjectFile = z.infer<typeof projectSchema>
export type ProjectVersion = z.infer<typeof versionSchema>
export type ProjectComment = z.infer<typeof commentSchema>
export type ProjectProvision = z.infer<typeof provisionSchema>
