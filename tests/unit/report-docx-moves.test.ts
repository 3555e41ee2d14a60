/**
 * Moved units in the Word renvooi are Word move revisions (w:moveFrom where the unit stood,
 * w:moveTo where it stands). Checked on the XML itself, read with a real XML parser (saxes):
 * the move pairs and ranges, the ids, the author, and — by accepting and rejecting every change
 * the way Word does — that the document holds exactly the proposed and exactly the current text,
 * each in its own order. Then LibreOffice, the one independent reader available, opens it.
 */
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, renameSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { Packer } from 'docx'
import { SaxesParser } from 'saxes'
import { describe, expect, it } from 'vitest'
import { compareTexts } from '../../shared/compare/index.js'
import type { LegalText } from '../../shared/model/types.js'
import { parseText } from '../../shared/parse/index.js'
import { reportToDocx } from '../../shared/report/docx.js'
import { buildReportModel, type ReportComment, type ReportModel } from '../../shared/report/model.js'
import { scratch } from '../helpers/cli.js'
import { COMMENTS, commentOn, CURRENT, DATE_UTC, documentLines, docxParts, model, options, PROPOSED } from './report-helpers.js'

// ── A tiny XML tree and Word's "accept all" / "reject all" on it ────────────────────────────

interface XmlNode {
  readonly name: string
  readonly attrs: Readonly<Record<string, string>>
  readonly children: Array<XmlNode | string>
}

function parseXml(xml: string): XmlNode {
  const parser = new SaxesParser()
  const root: XmlNode = { name: '#document', attrs: {}, children: [] }
  const stack: XmlNode[] = [root]
  parser.on('opentag', (tag) => {
    const node: XmlNode = { name: tag.name, attrs: tag.attributes as Record<string, string>, children: [] }
    stack[stack.length - 1]!.children.push(node)
    stack.push(node)
  })
  parser.on('closetag', () => void stack.pop())
  parser.on('text', (text) => void stack[stack.length - 1]!.children.push(text))
  parser.write(xml).close()
  return root
}

/** Every element in document order. */
function* elements(node: XmlNode): Generator<XmlNode> {
  for (const c of node.children) {
    if (typeof c === 'string') continue
    yield c
    yield* elements(c)
  }
}

const child = (node: XmlNode, name: string): XmlNode | undefined => node.children.find((c): c is XmlNode => typeof c !== 'string' && c.name === name)

/**
 * The body's paragraphs after accepting (or rejecting) every revision: accepting drops what is
 * inside w:del and w:moveFrom and keeps w:ins and w:moveTo; rejecting is the mirror image. A
 * paragraph whose mark goes (deleted or moved away on accept; inserted or moved here on reject)
 * runs on into the next paragraph.
 */
function resolved(documentXml: string, choice: 'accept' | 'reject'): string[] {
  const gone = choice === 'accept' ? new Set(['w:del', 'w:moveFrom']) : new Set(['w:ins', 'w:moveTo'])
  const body = [...elements(parseXml(documentXml))].find((e) => e.name === 'w:body')!
  const textOf = (node: XmlNode): string => node.children.map((c) => {
    if (typeof c === 'string') return ''
    if (gone.has(c.name) || c.name === 'w:pPr') return ''
    if (c.name === 'w:t' || c.name === 'w:delText') return c.children.filter((x): x is string => typeof x === 'string').join('')
    return textOf(c)
  }).join('')
  const out: string[] = []
  let carry = ''
  for (const p of body.children) {
    if (typeof p === 'string' || p.name !== 'w:p') continue
    const markRevisions = child(child(p, 'w:pPr') ?? p, 'w:rPr')?.children.filter((c): c is XmlNode => typeof c !== 'string').map((c) => c.name) ?? []
    carry += textOf(p)
    if (markRevisions.some((r) => gone.has(r))) continue
    out.push(carry)
    carry = ''
  }
  if (carry) out.push(carry)
  return out
}

const fromFirstArticle = (paragraphs: string[]): string[] => paragraphs.slice(paragraphs.findIndex((p) => p.startsWith('Artikel ')))
const pack = async (m: ReportModel): Promise<Buffer> => Packer.toBuffer(reportToDocx(m))

/** The structural rules every move in a document must satisfy. */
function checkMoves(documentXml: string, author: string): { names: string[] } {
  const all = [...elements(parseXml(documentXml))]
  // Ranges: every start has one end with its id, after it; names pair one source with one destination.
  const names: Record<'moveFrom' | 'moveTo', string[]> = { moveFrom: [], moveTo: [] }
  const open = new Map<string, string>() // id → kind, while open
  const openNames: Record<'moveFrom' | 'moveTo', Set<string>> = { moveFrom: new Set(), moveTo: new Set() }
  const nameOfId = new Map<string, string>()
  for (const e of all) {
    const m = /^w:(moveFrom|moveTo)Range(Start|End)$/.exec(e.name)
    if (m) {
      const kind = m[1] as 'moveFrom' | 'moveTo'
      const id = e.attrs['w:id']!
      if (m[2] === 'Start') {
        expect(open.has(id)).toBe(false)
        open.set(id, kind)
        names[kind].push(e.attrs['w:name']!)
        nameOfId.set(id, e.attrs['w:name']!)
        openNames[kind].add(e.attrs['w:name']!)
      } else {
        expect(open.get(id)).toBe(kind)
        open.delete(id)
        openNames[kind].delete(nameOfId.get(id)!)
      }
      continue
    }
    // Move content and moved paragraph marks stand inside a range of their kind (ISO 29500 §17.13.5.22/.25).
    if (e.name === 'w:moveFrom' || e.name === 'w:moveTo') expect(openNames[e.name.slice(2) as 'moveFrom' | 'moveTo'].size).toBeGreaterThan(0)
  }
  expect(open.size).toBe(0)
  expect(new Set(names.moveFrom).size).toBe(names.moveFrom.length)
  expect([...names.moveTo].sort()).toEqual([...names.moveFrom].sort())

  // Ids: every revision and range start has its own id, none shared with a comment.
  const revisionNames = new Set(['w:ins', 'w:del', 'w:moveFrom', 'w:moveTo', 'w:moveFromRangeStart', 'w:moveToRangeStart'])
  const revisions = all.filter((e) => revisionNames.has(e.name))
  const ids = revisions.map((e) => e.attrs['w:id'])
  expect(new Set(ids).size).toBe(ids.length)
  const commentIds = new Set(all.filter((e) => e.name === 'w:commentRangeStart').map((e) => e.attrs['w:id']))
  for (const id of ids) expect(commentIds.has(id)).toBe(false)
  // Attributed: author and date on every one.
  expect(new Set(revisions.map((e) => e.attrs['w:author']))).toEqual(new Set([author]))
  expect(new Set(revisions.map((e) => e.attrs['w:date']))).toEqual(new Set([DATE_UTC]))
  // Moved text is text (w:t); w:delText only inside w:del.
  const delTextOutsideDel = (node: XmlNode, inDel: boolean): boolean => node.children.some((c) => typeof c !== 'string'
    && ((c.name === 'w:delText' && !inDel) || delTextOutsideDel(c, inDel || c.name === 'w:del')))
  expect(delTextOutsideDel(parseXml(documentXml), false)).toBe(false)
  // No revision nested in a move: LibreOffice reads a w:del inside a w:moveTo as plain text.
  for (const e of all.filter((x) => x.name === 'w:moveTo' || x.name === 'w:moveFrom')) {
    expect([...elements(e)].filter((x) => /^w:(ins|del|moveFrom|moveTo)$/.test(x.name))).toEqual([])
  }
  return { names: names.moveFrom }
}

// ── A small pair: a lid moves up (and changes), one moves to another article, onderdelen travel along ─

const read = (md: string, name: string): LegalText => parseText(md, { name }).text
const BEFORE = read([
  '# Artikel 1', '',
  '1. De minister stelt regels over de inrichting van het register.',
  '2. Het register is openbaar voor een ieder die daarom verzoekt.',
  '3. De gegevens worden vijf jaren bewaard na de laatste wijziging:',
  '    a. voor zover het gegevens over personen betreft;',
  '    b. voor zover het gegevens over rechtspersonen betreft.',
  '4. Onze minister zendt jaarlijks een verslag aan de Staten-Generaal.', '',
  '# Artikel 2', '',
  '1. Deze wet treedt in werking op een bij koninklijk besluit te bepalen tijdstip.', '',
].join('\n'), 'voor.md')
const AFTER = read([
  '# Artikel 1', '',
  '1. De gegevens worden zeven jaren bewaard na de laatste wijziging:',
  '    a. voor zover het gegevens over personen betreft;',
  '    b. voor zover het gegevens over rechtspersonen betreft.',
  '2. De minister stelt regels over de inrichting van het register.',
  '3. Onze minister zendt jaarlijks een verslag aan de Staten-Generaal.', '',
  '# Artikel 2', '',
  '1. Deze wet treedt in werking op een bij koninklijk besluit te bepalen tijdstip.',
  '2. Het register is openbaar voor een ieder die daarom schriftelijk verzoekt.', '',
].join('\n'), 'na.md')
const SMALL_COMMENTS: ReportComment[] = [
  commentOn(BEFORE, 'old', 'artikel:1/lid:3', 'vijf jaren', { id: 'c-old', body: 'Waarom zo kort?' }),
  commentOn(AFTER, 'new', 'artikel:2/lid:2', 'schriftelijk', { id: 'c-new', body: 'Ook per e-mail?' }),
]
const small = (author = 'J. Jurist'): ReportModel => {
  const comparison = compareTexts(BEFORE, AFTER)
  return buildReportModel({ oldText: BEFORE, newText: AFTER, comparison, options: options({ author }), comments: SMALL_COMMENTS })
}

describe('moved units as Word move revisions', () => {
  it('the small pair has the moves this test is about', () => {
    const moved = compareTexts(BEFORE, AFTER).changes.filter((c) => c.moved).map((c) => `${c.old.join('+')} → ${c.new.join('+')}`)
    expect(moved).toEqual(['artikel:1/lid:3 → artikel:1/lid:1', 'artikel:1/lid:2 → artikel:2/lid:2'])
  })

  it('small pair: paired, balanced, uniquely numbered, attributed moves; accept gives the proposed text, reject the current, in order', async () => {
    const { document } = await docxParts(await pack(small('M. de Wetgever')))
    const { names } = checkMoves(document, 'M. de Wetgever')
    // lid 3 and its two onderdelen (which travel with it), and lid 2 to artikel 2.
    expect(names.length).toBe(4)
    expect(fromFirstArticle(resolved(document, 'accept'))).toEqual(documentLines(AFTER))
    expect(fromFirstArticle(resolved(document, 'reject'))).toEqual(documentLines(BEFORE))
  })

  it('small pair: the moved lid carries its old text where it stood and its word changes where it went', async () => {
    const { document } = await docxParts(await pack(small()))
    const paragraphs = document.split(/<w:p(?=[ >])/)
    const source = paragraphs.find((p) => p.includes('w:moveFrom ') && p.includes('vijf'))!
    // Old place: number and old text as moved-from text in w:t; its mark is a move source.
    expect(source).toMatch(/<w:pPr>[^]*<w:rPr><w:moveFrom w:id="\d+" w:author="J. Jurist" w:date="[^"]+"\/><\/w:rPr><\/w:pPr>/)
    expect(source).toMatch(/<w:moveFrom [^>]*><w:r>(?:<w:rPr>[^]*?<\/w:rPr>)?<w:t[^>]*>3\. <\/w:t>/)
    expect(source).toMatch(/<w:moveFrom [^>]*><w:r>(?:<w:rPr>[^]*?<\/w:rPr>)?<w:t[^>]*>vijf<\/w:t>/)
    // New place: kept words moved, "zeven" inserted beside them, new number inserted. "vijf" and
    // the old number are only in the source: LibreOffice reads a w:del nested in a w:moveTo as
    // plain text, so none is written.
    const target = paragraphs.find((p) => p.includes('w:moveTo ') && p.includes('zeven'))!
    expect(target).toMatch(/<w:ins [^>]*><w:r>(?:<w:rPr>[^]*?<\/w:rPr>)?<w:t[^>]*>1\. <\/w:t><\/w:r><\/w:ins><w:moveTo [^>]*><w:r>(?:<w:rPr>[^]*?<\/w:rPr>)?<w:t[^>]*>De gegevens worden <\/w:t><\/w:r><\/w:moveTo><w:ins [^>]*><w:r>(?:<w:rPr>[^]*?<\/w:rPr>)?<w:t[^>]*>zeven<\/w:t>/)
    expect(target).not.toContain('vijf')
    expect(target).toMatch(/<w:rPr><w:moveTo w:id="\d+" w:author="J. Jurist"/)
    // The same move name on both sides.
    const nameIn = (p: string, kind: string): string => new RegExp(`<w:${kind}RangeStart [^>]*w:name="([^"]+)"`).exec(p)![1]!
    expect(nameIn(target, 'moveTo')).toBe(nameIn(source, 'moveFrom'))
  })

  it('small pair: old-side comments stay on the old place, new-side comments on the new', async () => {
    const { document, comments } = await docxParts(await pack(small()))
    const rangeText = (id: number): string => {
      const ranged = new RegExp(`<w:commentRangeStart w:id="${id}"/>([^]*?)<w:commentRangeEnd w:id="${id}"/>`).exec(document)![1]!
      return [...ranged.matchAll(/<w:(?:t|delText)[^>]*>([^<]*)</g)].map((m) => m[1]).join('')
    }
    expect(rangeText(0)).toBe('vijf jaren')
    expect(/<w:commentRangeStart w:id="0"\/>[^]*?<w:commentRangeEnd w:id="0"\/>/.exec(document)![0]).toContain('<w:moveFrom ')
    expect(rangeText(1)).toBe('schriftelijk')
    expect((document.match(/<w:commentRangeStart /g) ?? []).length).toBe(2)
    expect((comments.match(/<w:comment /g) ?? []).length).toBe(2)
  })

  it('273f: the merge into lid 2 and the onderdelen moved to artikel 273fa are moves; accept and reject give both texts in order', async () => {
    const { document } = await docxParts(await pack(model()))
    const { names } = checkMoves(document, 'J. Jurist')
    // 2° and 5° (two sources, one merged destination), 6°, 7° and 8° (samples/README.md).
    expect(names.length).toBe(5)
    const after = ['Opmerkingen waarvan de passage niet meer in de tekst staat', COMMENTS[2]!.quote]
    expect(fromFirstArticle(resolved(document, 'accept'))).toEqual([...documentLines(PROPOSED), ...after])
    expect(fromFirstArticle(resolved(document, 'reject'))).toEqual([...documentLines(CURRENT), ...after])
  })

  it('an article that moved: its heading line and its text move as one range; both texts come back in order', async () => {
    const before = read('# Artikel 1\n\nDe minister stelt regels.\n\n# Artikel 2\n\nDeze regels worden bekendgemaakt in de Staatscourant.\n\n# Artikel 3\n\nDeze wet treedt in werking op een bij koninklijk besluit te bepalen tijdstip.\n', 'a.md')
    const after = read('# Artikel 1\n\nDe minister stelt regels.\n\n# Artikel 3\n\nDeze wet treedt in werking op een bij koninklijk besluit te bepalen tijdstip.\n\n# Artikel 2\n\nDeze regels worden bekendgemaakt in het Staatsblad.\n', 'b.md')
    const comparison = compareTexts(before, after)
    expect(comparison.changes.filter((c) => c.moved).length).toBe(1)
    const m = buildReportModel({ oldText: before, newText: after, comparison, options: options() })
    const { document } = await docxParts(await pack(m))
    expect(checkMoves(document, 'J. Jurist').names.length).toBe(1)
    expect(fromFirstArticle(resolved(document, 'accept'))).toEqual(documentLines(after))
    expect(fromFirstArticle(resolved(document, 'reject'))).toEqual(documentLines(before))
  })

  it('a report without moves has no move markup', async () => {
    const before = read('# Artikel 1\n\n1. De minister stelt regels.\n2. Zij worden bekendgemaakt.\n', 'a.md')
    const after = read('# Artikel 1\n\n1. De minister stelt nadere regels.\n2. Zij worden bekendgemaakt.\n', 'b.md')
    const m = buildReportModel({ oldText: before, newText: after, comparison: compareTexts(before, after), options: options() })
    const { document } = await docxParts(await pack(m))
    expect(document).not.toMatch(/<w:move/)
    expect(fromFirstArticle(resolved(document, 'accept'))).toEqual(documentLines(after))
    expect(fromFirstArticle(resolved(document, 'reject'))).toEqual(documentLines(before))
  })
})

// LibreOffice is the only independent reader of the file available here; skipped where absent.
const soffice = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find((p) => existsSync(p))
const pdftoppm = existsSync('/usr/bin/pdftoppm') ? '/usr/bin/pdftoppm' : undefined
if (!soffice) console.info('report-docx-moves: LibreOffice (soffice) not installed; the LibreOffice check is skipped')
describe.skipIf(!soffice)('DOCX with moves opened by LibreOffice', () => {
  it('converts to PDF; page 1 is kept as tests/artifacts/44-docx-moves.png', async () => {
    const dir = scratch()
    writeFileSync(path.join(dir, 'moves.docx'), await pack(small()))
    execFileSync(soffice!, ['--headless', '--convert-to', 'pdf', '--outdir', dir, path.join(dir, 'moves.docx')], { timeout: 120_000, stdio: 'pipe' })
    expect(readdirSync(dir)).toContain('moves.pdf')
    if (!pdftoppm) return console.info('report-docx-moves: pdftoppm not installed; no PNG made')
    execFileSync(pdftoppm, ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', path.join(dir, 'moves.pdf'), path.join(dir, 'page')], { timeout: 60_000 })
    const artifacts = fileURLToPath(new URL('../artifacts/', import.meta.url))
    mkdirSync(artifacts, { recursive: true })
    renameSync(path.join(dir, 'page.png'), path.join(artifacts, '44-docx-moves.png'))
  }, 180_000)
})
