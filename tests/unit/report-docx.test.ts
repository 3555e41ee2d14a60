import { execFileSync } from 'node:child_process'
import { existsSync, readdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { Packer } from 'docx'
import { describe, expect, it } from 'vitest'
import { reportToDocx } from '../../shared/report/docx.js'
import { drieluikToDocx } from '../../shared/report/drieluik-docx.js'
import { compareTexts } from '../../shared/compare/index.js'
import { parseText } from '../../shared/parse/index.js'
import { buildReportModel } from '../../shared/report/model.js'
import { scratch } from '../helpers/cli.js'
import { COMMENTS, DATE_UTC, documentLines, docxParts, model, options, resolvedParagraphs } from './report-helpers.js'

const pack = async (doc: Parameters<typeof Packer.toBuffer>[0]): Promise<Buffer> => Packer.toBuffer(doc)
const fromFirstArticle = (paragraphs: string[]): string[] => paragraphs.slice(paragraphs.findIndex((p) => p.startsWith('Artikel ')))

describe('DOCX with tracked changes', () => {
  // Accepting all changes in the 273f renvooi gives the proposed text and rejecting all gives
  // the current text, both in their own order: report-docx-moves.test.ts (moved units are Word
  // move revisions there, which this file's regex reader does not follow).

  it('puts an article without leden on its own line above its text, renumbered article included', async () => {
    const before = parseText('# Artikel 1\n\nDe minister stelt regels.\n\n# Artikel 2\n\nDeze wet treedt in werking.\n', { name: 'a.md' }).text
    const after = parseText('# Artikel 1\n\nDe minister stelt nadere regels.\n\n# Artikel 3\n\nDeze wet treedt in werking.\n', { name: 'b.md' }).text
    const m = buildReportModel({ oldText: before, newText: after, comparison: compareTexts(before, after), options: options() })
    const { document } = await docxParts(await pack(reportToDocx(m)))
    expect(fromFirstArticle(resolvedParagraphs(document, 'accept'))).toEqual(documentLines(after))
    expect(fromFirstArticle(resolvedParagraphs(document, 'reject'))).toEqual(documentLines(before))
  })

  it('attributes every insertion and deletion to the configured author and date, with unique ids', async () => {
    const { document, settings } = await docxParts(await pack(reportToDocx(model({ author: 'M. de Wetgever' }))))
    const revisions = [...document.matchAll(/<w:(ins|del) w:id="(\d+)" w:author="([^"]*)" w:date="([^"]*)"/g)]
    expect(revisions.length).toBeGreaterThan(20)
    expect(new Set(revisions.map((r) => r[3]))).toEqual(new Set(['M. de Wetgever']))
    // w:date is for Word: the instant in UTC; the text states local time with its offset.
    expect(new Set(revisions.map((r) => r[4]))).toEqual(new Set([DATE_UTC]))
    expect(document).toContain('Gemaakt op 23-11-2026 15:00 (UTC+01:00) met Renvooi')
    const ids = revisions.map((r) => r[2])
    expect(new Set(ids).size).toBe(ids.length)
    expect(settings).toContain('trackRevisions')
  })

  it('shows a renumbering as a tracked change of the literal number', async () => {
    const { document } = await docxParts(await pack(reportToDocx(model())))
    // Onderdeel 1° of lid 1 became onderdeel a.
    expect(document).toMatch(/<w:del [^>]*><w:r>(?:<w:rPr>[^]*?<\/w:rPr>)?<w:delText[^>]*>1°\. <\/w:delText><\/w:r><\/w:del><w:ins [^>]*><w:r>(?:<w:rPr>[^]*?<\/w:rPr>)?<w:t[^>]*>a\. <\/w:t>/)
  })

  it('marks the paragraph of a wholly inserted lid and of a wholly deleted onderdeel', async () => {
    const { document } = await docxParts(await pack(reportToDocx(model())))
    const paragraphOf = (text: string): string => document.split(/<w:p(?=[ >])/).find((p) => p.includes(text))!
    const lid9 = paragraphOf('dat een strafbaar feit begaat')
    expect(lid9).toMatch(/<w:pPr>[^]*<w:rPr><w:ins w:id="\d+" w:author="J. Jurist"/)
    const deleted = paragraphOf('in een ander land ertoe te brengen')
    expect(deleted).toMatch(/<w:pPr>[^]*<w:rPr><w:del w:id="\d+" w:author="J. Jurist"/)
    expect(deleted).not.toMatch(/<w:t[ >]/) // all of its text is deleted text
  })

  it('puts consultation comments on their exact passages, with author, organisation and reaction', async () => {
    const { document, comments } = await docxParts(await pack(reportToDocx(model())))
    // Word comment ids count in document order: the old-side comment on onderdeel 3° comes first.
    const rangeText = (id: number): string => {
      const ranged = new RegExp(`<w:commentRangeStart w:id="${id}"/>([^]*?)<w:commentRangeEnd w:id="${id}"/>`).exec(document)![1]!
      return [...ranged.matchAll(/<w:(?:t|delText)[^>]*>([^<]*)</g)].map((m) => m[1]).join('')
    }
    expect(rangeText(1)).toBe(COMMENTS[0]!.quote)
    expect(rangeText(0)).toBe(COMMENTS[1]!.quote)
    expect(comments).toContain('w:author="A. Jansen — CKM"')
    expect(comments).toContain(COMMENTS[0]!.body)
    expect(comments).toContain(COMMENTS[0]!.reaction)
    expect(comments).toContain(COMMENTS[0]!.replies[0]!.body)
    // The old-side comment sits on deleted text.
    const ranged1 = /<w:commentRangeStart w:id="0"\/>([^]*?)<w:commentRangeEnd w:id="0"\/>/.exec(document)![1]!
    expect(ranged1).toContain('<w:delText xml:space="preserve">ontvoert</w:delText>')
    expect((comments.match(/<w:comment /g) ?? []).length).toBe(COMMENTS.length)
  })

  it('escapes hostile text into well-formed XML', async () => {
    const hostile = '<script>alert(1)</script> & "x" onerror=y'
    const { document, comments } = await docxParts(await pack(reportToDocx(model({ title: hostile }, [{ ...COMMENTS[0]!, body: hostile }]))))
    expect(document).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp;')
    expect(document).not.toContain('<script>')
    expect(comments).toContain('&lt;script&gt;')
  })
})

describe('drieluik as a Word table', () => {
  it('has one row per unit plus a header, three cells each, renvooi as formatting and not as revisions', async () => {
    const m = model({}, [COMMENTS[0]!])
    const { document, comments } = await docxParts(await pack(drieluikToDocx(m)))
    const rows = document.split('<w:tr>').slice(1)
    expect(rows.length).toBe(m.rows.length + 1)
    for (const r of rows) expect((r.match(/<w:tc>/g) ?? []).length).toBe(3)
    expect(document).not.toMatch(/<w:(ins|del) /)
    expect(document).toMatch(/<w:strike\/>/)
    expect(document).toMatch(/<w:u w:val="single"\/>/)
    const lid9 = rows.find((r) => r.includes('dat een strafbaar feit begaat'))!
    const cells = lid9.split('<w:tc>').slice(1)
    expect(cells[0]).toContain('—')
    expect(cells[2]).toContain(COMMENTS[0]!.body)
    expect(comments).toContain(COMMENTS[0]!.body)
    expect(document).toContain('w:orient="landscape"')
  })
})

// LibreOffice is the only independent reader of the file available to CI; skipped where absent.
const soffice = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find((p) => existsSync(p))
describe.skipIf(!soffice)('DOCX opened by LibreOffice', () => {
  it('converts to PDF without complaint', async () => {
    const dir = scratch()
    writeFileSync(path.join(dir, 'r.docx'), await pack(reportToDocx(model())))
    execFileSync(soffice!, ['--headless', '--convert-to', 'pdf', '--outdir', dir, path.join(dir, 'r.docx')], { timeout: 120_000 })
    expect(readdirSync(dir)).toContain('r.pdf')
  })
})
if (!soffice) console.info('report-docx: LibreOffice not installed; the LibreOffice check is skipped')
