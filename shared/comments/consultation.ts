/**
 * Consultation responses in: one response per CSV row or JSON object → a comment with source
 * `consultation`. A response naming a unit is attached to that unit's whole own text; the rest go
 * to the inbox (types.ts `isInbox`). A bad row is reported with its row number and reason and the
 * good rows are still imported — a coordinator with 400 responses should not be stopped by one.
 *
 * Row numbers are what the coordinator sees: for CSV the spreadsheet row (the header is row 1, the
 * first response row 2), for JSON the position of the response in its list (from 1).
 */
import Papa from 'papaparse'
import type { LegalText } from '../model/types.js'
import { unitsByPath } from '../model/path.js'
import { readReference } from './reference.js'
import { makeTarget } from './target.js'
import { COMMENT_KINDS, type Comment, type CommentKind } from './types.js'

/** Why a row was refused or sent to the inbox, for a message in the reader's language. */
export type RowProblemCode = 'unreadable' | 'no-text' | 'no-respondent' | 'bad-publishable' | 'bad-kind' | 'unknown-unit'

export interface RowProblem {
  readonly row: number
  readonly code: RowProblemCode
  /** The offending value (a publishable or kind cell, the reference that names no unit), where there is one. */
  readonly detail?: string
  /** The reason in English, as the CLI prints it. */
  readonly reason: string
}

const problem = (row: number, code: RowProblemCode, reason: string, detail?: string): RowProblem =>
  ({ row, code, reason, ...(detail !== undefined ? { detail } : {}) })

export interface ConsultationImport {
  readonly comments: Comment[]
  /** Rows not imported. */
  readonly rejected: RowProblem[]
  /** Rows imported into the inbox because what they named is not a unit of the text. */
  readonly notices: RowProblem[]
}

export interface ConsultationOptions {
  /** The version the responses are about (usually the consultation version, `proposed`). */
  readonly version: string
  readonly text: LegalText
  /** ISO time stamp for `created` (passed in: shared/ reads no clock). */
  readonly now: string
  /** Ids already in the project, so new ones never collide. */
  readonly existingIds?: Iterable<string>
}

/** The whole file cannot be read (not CSV/JSON, no text column): nothing is imported. */
export class ConsultationError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'ConsultationError'
  }
}

type Field = 'respondent' | 'organisation' | 'publishable' | 'text' | 'about' | 'kind'

/** Column names as coordinators write them, Dutch and English. */
const ALIASES: Record<Field, readonly string[]> = {
  respondent: ['respondent', 'naam', 'name', 'auteur', 'author', 'indiener'],
  organisation: ['organisation', 'organization', 'organisatie'],
  publishable: ['publishable', 'openbaar', 'publiceren', 'publicatie', 'public'],
  text: ['text', 'tekst', 'reactie', 'response', 'body'],
  about: ['about', 'betreft', 'artikel', 'article', 'unit', 'path', 'plaats'],
  kind: ['kind', 'soort'],
}

type Row = Partial<Record<Field, unknown>>

export function importConsultationCsv(csv: string, opts: ConsultationOptions): ConsultationImport {
  const parsed = Papa.parse<Record<string, string>>(csv.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: 'greedy', transformHeader: (h) => h.trim().toLowerCase() })
  const fields = parsed.meta.fields ?? []
  if (!fields.some((f) => ALIASES.text.includes(f))) {
    throw new ConsultationError(`no column with the response text (expected one of: ${ALIASES.text.join(', ')})`)
  }
  const broken = new Map<number, string>()
  for (const e of parsed.errors) {
    // An unterminated quote swallows the rest of the file into one cell of the last row.
    if (e.code === 'MissingQuotes') broken.set(parsed.data.length - 1, 'a quoted cell is never closed (the rest of the file ran into it)')
    else if (e.row !== undefined && e.type !== 'FieldMismatch' && e.row < parsed.data.length) broken.set(e.row, e.message)
  }
  const rows = parsed.data.map((record, i) => ({ row: i + 2, fields: broken.has(i) ? null : pick(record), error: broken.get(i) }))
  return importRows(rows, opts)
}

export function importConsultationJson(json: string, opts: ConsultationOptions): ConsultationImport {
  let data: unknown
  try {
    data = JSON.parse(json.replace(/^\uFEFF/, ''))
  } catch (e) {
    throw new ConsultationError(`not valid JSON (${(e as Error).message})`)
  }
  const list = Array.isArray(data) ? data : isRecord(data) && Array.isArray(data['responses']) ? data['responses'] : null
  if (!list) throw new ConsultationError('expected a list of responses (or an object with "responses")')
  const rows = list.map((record: unknown, i) => ({
    row: i + 1,
    fields: isRecord(record) ? pick(lowerKeys(record)) : null,
    error: isRecord(record) ? undefined : 'not an object',
  }))
  return importRows(rows, opts)
}

function importRows(rows: ReadonlyArray<{ row: number; fields: Row | null; error?: string | undefined }>, opts: ConsultationOptions): ConsultationImport {
  const ids = new Set(opts.existingIds ?? [])
  const units = unitsByPath(opts.text.units)
  const out: ConsultationImport = { comments: [], rejected: [], notices: [] }
  for (const { row, fields, error } of rows) {
    if (!fields) {
      out.rejected.push(problem(row, 'unreadable', error ?? 'cannot be read', error))
      continue
    }
    const checked = check(fields)
    if ('code' in checked) {
      out.rejected.push(problem(row, checked.code, checked.reason, checked.detail))
      continue
    }
    const about = str(fields.about)
    const ref = readReference(about, opts.text)
    if (ref.kind === 'unknown') out.notices.push(problem(row, 'unknown-unit', `${ref.reason}; placed in the inbox`, about))
    const unit = ref.kind === 'unit' ? units.get(ref.path) : undefined
    const target = unit
      ? makeTarget(opts.version, unit)
      : { version: opts.version, unitPath: '', quote: { exact: '', prefix: '', suffix: '' }, position: { start: 0, end: 0 }, ...(about ? { about } : {}) }
    const organisation = str(fields.organisation)
    const comment: Comment = {
      id: newId(`${checked.respondent}\u0000${organisation}\u0000${about}\u0000${checked.text}`, ids),
      target,
      body: checked.text,
      author: checked.respondent,
      ...(organisation ? { organisation } : {}),
      kind: checked.kind,
      status: 'open',
      publishable: checked.publishable,
      reaction: '',
      replies: [],
      created: opts.now,
      source: 'consultation',
    }
    out.comments.push(comment)
  }
  return out
}

/** The row's required fields, or why it cannot be imported. */
function check(f: Row): { respondent: string; text: string; publishable: boolean; kind: CommentKind } | { code: RowProblemCode; reason: string; detail?: string } {
  const text = str(f.text)
  if (!text) return { code: 'no-text', reason: 'no response text' }
  const respondent = str(f.respondent)
  if (!respondent) return { code: 'no-respondent', reason: 'no respondent' }
  const publishable = readBoolean(f.publishable)
  if (publishable === null) return { code: 'bad-publishable', reason: `publishable must be ja, nee, true or false (got "${str(f.publishable)}")`, detail: str(f.publishable) }
  const kindRaw = str(f.kind).toLowerCase()
  if (kindRaw && !(COMMENT_KINDS as readonly string[]).includes(kindRaw)) return { code: 'bad-kind', reason: `kind must be one of ${COMMENT_KINDS.join(', ')} (got "${kindRaw}")`, detail: kindRaw }
  return { respondent, text, publishable, kind: (kindRaw || 'opmerking') as CommentKind }
}

/** ja/nee/true/false (also yes/no, 1/0, booleans). An empty cell is not a choice: refused. */
export function readBoolean(v: unknown): boolean | null {
  if (typeof v === 'boolean') return v
  const s = str(v).toLowerCase()
  if (['ja', 'true', 'yes', 'j', 'y', '1'].includes(s)) return true
  if (['nee', 'false', 'no', 'n', '0'].includes(s)) return false
  return null
}

function pick(record: Record<string, unknown>): Row {
  const row: Row = {}
  for (const field of Object.keys(ALIASES) as Field[]) {
    const key = ALIASES[field].find((a) => record[a] !== undefined)
    if (key !== undefined) row[field] = record[key]
  }
  return row
}

const lowerKeys = (r: Record<string, unknown>): Record<string, unknown> => Object.fromEntries(Object.entries(r).map(([k, v]) => [k.trim().toLowerCase(), v]))
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)
const str = (v: unknown): string => (typeof v === 'string' ? v.trim() : typeof v === 'number' || typeof v === 'boolean' ? String(v) : '')

/**
 * A stable id from the response's content (FNV-1a), so importing the same file twice yields the
 * same ids and merging sees the duplicates; a collision gets a suffix.
 */
export function newId(content: string, taken: Set<string>): string {
  let h = 0x811c9dc5
  for (let i = 0; i < content.length; i++) h = Math.imul(h ^ content.charCodeAt(i), 0x01000193) >>> 0
  const base = `c-${h.toString(16).padStart(8, '0')}`
  let id = base
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`
  taken.add(id)
  return id
}
