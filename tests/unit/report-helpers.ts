/**
 * Shared by the report-*.test.ts files: the 273f samples compared, a report model with
 * consultation comments anchored on passages found in the texts (never on offsets copied from
 * output), and a reader of word/document.xml that accepts or rejects all tracked changes the way
 * Word does, so a test can check that "accept all" gives the proposed text.
 */
import { readFileSync } from 'node:fs'
import JSZip from 'jszip'
import { fileURLToPath } from 'node:url'
import { parseText } from '../../shared/parse/index.js'
import { compareTexts } from '../../shared/compare/index.js'
import { unitsByPath, walk } from '../../shared/model/path.js'
import type { LegalText } from '../../shared/model/types.js'
import { buildReportModel, numberLabel, type ReportComment, type ReportOptions } from '../../shared/report/model.js'

export const sampleText = (name: string): string => readFileSync(fileURLToPath(new URL(`../../samples/${name}`, import.meta.url)), 'utf8')

export const CURRENT = parseText(sampleText('273f-current.md'), { name: '273f-current.md' }).text
export const PROPOSED = parseText(sampleText('273f-proposed.md'), { name: '273f-proposed.md' }).text
export const COMPARISON = compareTexts(CURRENT, PROPOSED)

/** When the report was made, as the model carries it: local time (here Amsterdam, winter) with its offset. */
export const DATE = '2026-11-23T15:00:00+01:00'
/** The same instant in UTC: what DOCX writes in w:date. */
export const DATE_UTC = '2026-11-23T14:00:00.000Z'

export function options(extra: Partial<ReportOptions> = {}): ReportOptions {
  return {
    title: 'Modernisering art. 273f Sr',
    author: 'J. Jurist',
    includeComments: true,
    provenance: {
      old: { label: CURRENT.label, sourceName: '273f-current.md', sha256: 'a'.repeat(64) },
      new: { label: PROPOSED.label, sourceName: '273f-proposed.md', sha256: 'b'.repeat(64) },
      date: DATE,
      renvooiVersion: '9.9.9-test',
    },
    ...extra,
  }
}

/** A comment on the first occurrence of `quote` in the own text of the unit at `path`. */
export function commentOn(text: LegalText, side: 'old' | 'new', path: string, quote: string, extra: Partial<ReportComment> = {}): ReportComment {
  const unit = unitsByPath(text.units).get(path)
  if (!unit) throw new Error(`no unit ${path}`)
  const start = unit.text.indexOf(quote)
  if (start < 0) throw new Error(`"${quote}" not in ${path}`)
  return {
    id: `c-${path}-${quote}`, side, unitPath: path, start, end: start + quote.length, quote,
    author: 'A. Jansen', organisation: 'CKM', kind: 'opmerking', status: 'open', body: 'Opmerking.',
    reaction: '', publishable: true, replies: [], ...extra,
  }
}

export const LID9 = 'artikel:273f/lid:9'
export const COMMENTS: ReportComment[] = [
  commentOn(PROPOSED, 'new', LID9, 'Niet strafbaar', { id: 'c-lid9', body: 'Ook minderjarigen zonder dwangvereiste?', reaction: 'Zie de tweede zin van lid 9.', replies: [{ author: 'Wetgevingsjurist', body: 'Zie lid 9, tweede zin.' }] }),
  commentOn(CURRENT, 'old', 'artikel:273f/lid:1/onderdeel:3°', 'ontvoert', { id: 'c-3', organisation: 'OM', author: 'B. de Vries', kind: 'bezwaar', status: 'verwerkt', body: 'Waarom vervalt dit?', publishable: false, reaction: 'Opgenomen in lid 1, onder a.' }),
  { ...commentOn(CURRENT, 'old', 'artikel:273f/lid:2', 'dienstbaarheid'), id: 'c-orphan', unitPath: null, body: 'Passage weg.', organisation: 'Fier', status: 'niet-overgenomen' },
]

export function model(extra: Partial<ReportOptions> = {}, comments: readonly ReportComment[] = COMMENTS) {
  return buildReportModel({ oldText: CURRENT, newText: PROPOSED, comparison: COMPARISON, options: options(extra), comments })
}

/** Every unit as a document line, "1. text" / "Artikel 273f", in document order. */
export function documentLines(text: LegalText): string[] {
  return walk(text.units).flatMap((u) => (u.type === 'artikel' ? [numberLabel(u), ...(u.text ? [u.text] : [])] : [`${numberLabel(u)} ${u.text}`]))
}

export async function docxParts(bytes: Uint8Array): Promise<{ document: string; comments: string; settings: string }> {
  const zip = await JSZip.loadAsync(bytes)
  const read = async (name: string): Promise<string> => (await zip.file(name)?.async('string')) ?? ''
  return { document: await read('word/document.xml'), comments: await read('word/comments.xml'), settings: await read('word/settings.xml') }
}

const unescapeXml = (s: string): string => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&')

/**
 * The paragraphs of document.xml after accepting (or rejecting) every tracked change: accepted,
 * inserted text stays and deleted text goes, and a paragraph whose mark is deleted runs on into
 * the next; rejecting is the mirror image.
 */
export function resolvedParagraphs(documentXml: string, choice: 'accept' | 'reject'): string[] {
  const body = documentXml.slice(documentXml.indexOf('<w:body>'), documentXml.indexOf('<w:sectPr'))
  const paragraphs = body.split(/<w:p(?=[ >])/).slice(1)
  const out: string[] = []
  let carry = ''
  for (const p of paragraphs) {
    const props = /<w:pPr>([\s\S]*?)<\/w:pPr>/.exec(p)?.[1] ?? ''
    const markInserted = /<w:rPr>[\s\S]*<w:ins /.test(props)
    const markDeleted = /<w:rPr>[\s\S]*<w:del /.test(props)
    const content = p.replace(/<w:pPr>[\s\S]*?<\/w:pPr>/, '')
    const dropped = choice === 'accept' ? /<w:del [^>]*>[\s\S]*?<\/w:del>/g : /<w:ins [^>]*>[\s\S]*?<\/w:ins>/g
    const kept = content.replace(dropped, '')
    const text = [...kept.matchAll(/<w:(?:t|delText)(?: [^>]*)?>([^<]*)<\/w:(?:t|delText)>/g)].map((m) => unescapeXml(m[1]!)).join('')
    const markGone = choice === 'accept' ? markDeleted : markInserted
    carry += text
    if (markGone) continue
    out.push(carry)
    carry = ''
  }
  if (carry) out.push(carry)
  return out
}
