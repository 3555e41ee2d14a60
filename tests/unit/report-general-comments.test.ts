/**
 * Consultation responses that name no article (the comments' inbox) are about the text as a
 * whole: every report lists them as general, once, and never as "passage no longer in the text".
 */
import { Packer } from 'docx'
import { describe, expect, it } from 'vitest'
import { consultationToHtml } from '../../shared/report/consultation.js'
import { reportToDocx } from '../../shared/report/docx.js'
import { drieluikToDocx } from '../../shared/report/drieluik-docx.js'
import { reportToHtml } from '../../shared/report/report-html.js'
import { commentBy, type ReportComment } from '../../shared/report/model.js'
import { commentsForReport } from '../../shared/comments/report.js'
import { COMMENTS, docxParts, model } from './report-helpers.js'

const GENERAL: ReportComment = {
  ...COMMENTS[0]!, id: 'c-general', unitPath: null, general: true, quote: '', start: 0, end: 0,
  author: 'Fier', organisation: 'Fier', body: 'Algemene steun voor het wetsvoorstel.', created: '2026-11-19T15:40:00Z',
}
const withGeneral = [...COMMENTS, GENERAL]

describe('general comments in reports', () => {
  it('the comparison report lists them under their own heading, and every comment once', () => {
    const html = reportToHtml(model({}, withGeneral))
    const general = html.indexOf('<h2>Algemene opmerkingen (over de tekst als geheel)</h2>')
    const lost = html.indexOf('<h2>Opmerkingen waarvan de passage niet meer in de tekst staat</h2>')
    expect(general).toBeGreaterThan(0)
    expect(html.indexOf(GENERAL.body)).toBeGreaterThan(general)
    expect(html.indexOf(GENERAL.body)).toBeLessThan(lost)
    // Each comment's block (and its id) appears once: before, the unplaced ones were listed twice.
    const ids = [...html.matchAll(/<div class="comment" id="(c\d+)"/g)].map((m) => m[1])
    expect(ids.length).toBe(withGeneral.length)
    expect(new Set(ids).size).toBe(ids.length)
  })

  it('the consultation report counts them as about the text as a whole', () => {
    const html = consultationToHtml(model({}, withGeneral))
    expect(html).toContain('4 opmerkingen: 2 op 2 onderdelen van de tekst, 1 over de tekst als geheel, 1 over een passage die niet meer in de tekst staat.')
    expect(html).toContain('<h3>Algemeen (geen onderdeel genoemd)</h3>')
  })

  it('the Word report anchors them on a line of their own, not on a placeholder quote', async () => {
    const { document, comments } = await docxParts(await Packer.toBuffer(reportToDocx(model({}, withGeneral))))
    expect(document).toContain('Algemene opmerkingen')
    expect(document).toContain('Over de tekst als geheel')
    expect(comments).toContain(GENERAL.body)
  })

  it('the Word drieluik keeps them, and the comments whose passage is gone, after its table', async () => {
    const { document } = await docxParts(await Packer.toBuffer(drieluikToDocx(model({}, withGeneral))))
    const table = document.lastIndexOf('</w:tbl>')
    expect(document.indexOf(GENERAL.body)).toBeGreaterThan(table)
    expect(document.indexOf(COMMENTS[2]!.body)).toBeGreaterThan(table)
  })

  it('a Word comment carries the date it was made, and a respondent that is its own organisation once', async () => {
    const { comments } = await docxParts(await Packer.toBuffer(reportToDocx(model({}, withGeneral))))
    expect(comments).toMatch(/w:author="Fier" w:date="2026-11-19T15:40:00(\.000)?Z"/)
    expect(commentBy(GENERAL)).toBe('Fier')
    expect(commentBy({ author: '', organisation: '' })).toBe('anoniem')
    expect(commentBy({ author: 'B. de Vries', organisation: 'OM' }, ', ', 'organisation')).toBe('OM, B. de Vries')
  })

  it('comes from the inbox: a response that named no unit is marked general, an orphan is not', () => {
    const base = { author: 'A', organisation: '', kind: 'opmerking', status: 'open', body: 'x', created: '2026-11-19T15:40:00Z', modified: '2026-11-19T15:40:00Z', publishable: true } as const
    const orphanResolution = { state: 'orphaned', unitPath: null, position: null, quote: '', lastUnitPath: null, score: 0 } as const
    const out = commentsForReport([
      { comment: { ...base, id: 'inbox', target: { version: 'proposed', unitPath: '', quote: { exact: '', prefix: '', suffix: '' }, position: { start: 0, end: 0 } } }, resolution: orphanResolution },
      { comment: { ...base, id: 'lost', target: { version: 'proposed', unitPath: 'artikel:1', quote: { exact: 'weg', prefix: '', suffix: '' }, position: { start: 0, end: 3 } } }, resolution: orphanResolution },
    ] as never, 'new')
    expect(out.map((c) => [c.id, c.general ?? false])).toEqual([['inbox', true], ['lost', false]])
  })
})
