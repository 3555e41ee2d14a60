/**
 * Validation of every payload the renderer sends, per operation (the renderer is untrusted:
 * checklist item 17). Arguments arrive as a JSON array; a project is validated with the project
 * schema itself so that a compromised renderer cannot write a damaged project file.
 */
import { z } from 'zod'
import { REPORT_FORMATS, type HostOperation } from '../../shared/host-api.js'

const handle = z.string().min(1).max(4096).nullable()

/** Text that ends up in HTML, XML (DOCX) and file names: no control characters, bounded. */
const plain = (max: number) => z.string().max(max).regex(/^[^\p{Cc}]*$/u, 'control characters')

/**
 * A report request: the project is checked with the project schema by the operation itself (as
 * for saveProject); unknown keys and a view in a format it has no rendering for are refused.
 */
const reportRequest = z.strictObject({
  project: z.unknown(),
  view: z.enum(['comparison', 'drieluik', 'amendments', 'consultation']),
  format: z.enum(['html', 'pdf', 'docx', 'text']),
  title: plain(300),
  author: plain(120).min(1),
  includeComments: z.boolean(),
  includeProvisions: z.boolean(),
  publishableOnly: z.boolean(),
  changesOnly: z.boolean(),
  regeling: plain(200).optional(),
}).refine((r) => REPORT_FORMATS[r.view].includes(r.format), 'this view has no rendering in this format')

/** Chosen by the renderer (a UUID); only letters, digits and dashes, so it is never more than a key. */
const jobId = z.string().regex(/^[A-Za-z0-9-]{8,64}$/)

export const PAYLOADS: { readonly [Op in HostOperation]: z.ZodType<unknown[]> } = {
  hostInfo: z.tuple([]),
  appVersion: z.tuple([]),
  listSamples: z.tuple([]),
  readSample: z.tuple([z.string().min(1).max(255)]),
  pickTextFile: z.tuple([]),
  listProjects: z.tuple([]),
  openProject: z.tuple([handle]),
  saveProject: z.tuple([z.unknown(), handle]),
  recentProjects: z.tuple([]),
  writeRecovery: z.tuple([z.unknown(), handle]),
  readRecovery: z.tuple([]),
  discardRecovery: z.tuple([]),
  openExternal: z.tuple([z.string().max(2048)]),
  setEdited: z.tuple([z.boolean()]),
  previewReport: z.tuple([reportRequest]),
  exportReport: z.tuple([reportRequest, jobId]),
  reportProgress: z.tuple([jobId]),
  cancelReport: z.tuple([jobId]),
}

export const isHostOperation = (name: string): name is HostOperation => Object.hasOwn(PAYLOADS, name)
