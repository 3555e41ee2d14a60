// The PDF's running header: title, the versions compared and the date, each once.
import { describe, expect, it } from 'vitest'
import { pdfHeaderFooter } from '../../main/services/report-pdf.js'

describe('the PDF header', () => {
  const versions = 'Wetboek van Strafrecht, art. 273f (geldend) → Voorstel art. 273f Sr'
  it('names the versions once when the title is made of them', () => {
    const { headerTemplate } = pdfHeaderFooter({ title: `Renvooi: ${versions}`, versions, date: '23-11-2026' })
    expect(headerTemplate.split('(geldend)').length - 1).toBe(1)
  })
  it('names them beside a title of its own, everything escaped', () => {
    const { headerTemplate } = pdfHeaderFooter({ title: 'Consultatie <art. 273f>', versions, date: '23-11-2026' })
    expect(headerTemplate).toContain('<span>Consultatie &lt;art. 273f&gt;</span><span>Wetboek van Strafrecht')
  })
})
