import { describe, expect, it } from 'vitest'
import { buildReportModel } from '../../shared/report/model.js'
import { reportToHtml } from '../../shared/report/report-html.js'
import { consultationToHtml } from '../../shared/report/consultation.js'
import { COMMENTS, COMPARISON, CURRENT, LID9, model, options, PROPOSED } from './report-helpers.js'

const HOSTILE = `<script>alert('x')</script><img src=x onerror=alert(1)><a href="javascript:alert(2)">klik</a>`

/** Nothing that runs or loads: no script element, no event handler attribute, no link or source. */
function expectInert(html: string): void {
  const tags = html.match(/<[a-z][^>]*>/gi) ?? []
  const names = new Set(tags.map((t) => /^<([a-z0-9]+)/i.exec(t)![1]!.toLowerCase()))
  for (const bad of ['script', 'img', 'a', 'iframe', 'object', 'embed', 'link', 'form', 'svg']) expect(names).not.toContain(bad)
  for (const t of tags) expect(t).not.toMatch(/\s(?:on[a-z]+|href|src|action)\s*=/i)
  expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`)
}

const hostileModel = () => buildReportModel({
  oldText: { ...CURRENT, label: `huidig ${HOSTILE}` },
  newText: PROPOSED,
  comparison: COMPARISON,
  options: { ...options({ title: `Titel ${HOSTILE}` }), provenance: { ...options().provenance, old: { label: HOSTILE, sourceName: `${HOSTILE}.md`, sha256: HOSTILE } } },
  comments: [{ ...COMMENTS[0]!, author: HOSTILE, organisation: HOSTILE, body: HOSTILE, reaction: HOSTILE, quote: HOSTILE, replies: [{ author: HOSTILE, body: HOSTILE }] }],
  toelichting: { [LID9]: HOSTILE },
})

describe('HTML report', () => {
  it('escapes every user string: title, labels, file names, comments, replies, reactions, toelichting', () => {
    for (const html of [reportToHtml(hostileModel()), reportToHtml(hostileModel(), { layout: 'drieluik' }), consultationToHtml(hostileModel())]) {
      expectInert(html)
      expect(html).toContain('&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;')
      expect(html).toContain('&lt;a href=&quot;javascript:alert(2)&quot;&gt;')
    }
    expect(reportToHtml(hostileModel(), { layout: 'drieluik' })).toContain('onerror=alert(1)&gt;') // the toelichting, as text
  })

  it('states the provenance: labels, file names, SHA-256, date and Renvooi version', () => {
    const html = reportToHtml(model())
    for (const s of [CURRENT.label, PROPOSED.label, '273f-current.md', '273f-proposed.md', 'a'.repeat(64), 'b'.repeat(64), 'Gemaakt op 23-11-2026 15:00 (UTC+01:00) met', 'Renvooi 9.9.9-test']) expect(html).toContain(s)
    // Local time with its offset, never the UTC time without it.
    expect(html).not.toContain('14:00')
    for (const html of [reportToHtml(model(), { layout: 'drieluik' }), consultationToHtml(model())]) expect(html).toContain('Gemaakt op 23-11-2026 15:00 (UTC+01:00) met')
  })

  it('prints on A4 and reflows on a phone', () => {
    const html = reportToHtml(model())
    expect(html).toMatch(/@page\{size:A4/)
    expect(html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">')
    expect(html).toMatch(/@media \(max-width:40rem\)/)
    expect(reportToHtml(model(), { layout: 'drieluik' })).toMatch(/@page\{size:A4 landscape/)
  })

  it('highlights a commented passage on its own side and numbers it', () => {
    const html = reportToHtml(model())
    // Lid 9 is new, so its passage is inserted text inside the highlight.
    expect(html).toContain(`<mark><ins>${COMMENTS[0]!.quote}</ins></mark><sup class="ref">[2]</sup>`)
    expect(html).toContain(`<mark><del>${COMMENTS[1]!.quote}</del></mark><sup class="ref">[1]</sup>`)
    expect(html).toContain('Opmerkingen waarvan de passage niet meer in de tekst staat')
  })

  it('shows a renumbering as a struck and an inserted number', () => {
    const html = reportToHtml(model())
    expect(html).toContain('<span class="nr"><del>1°.</del></span>')
    expect(html).toContain('<span class="nr"><ins>a.</ins></span>')
  })

  it('lays out the drieluik in three aligned columns with the toelichting per unit', () => {
    const m = buildReportModel({ oldText: CURRENT, newText: PROPOSED, comparison: COMPARISON, options: options(), comments: [COMMENTS[0]!], toelichting: { [LID9]: 'Non-punishment naar MSA 2015, s. 45.' } })
    const html = reportToHtml(m, { layout: 'drieluik' })
    const rows = html.split('<tr class=').slice(1)
    expect(rows.length).toBe(m.rows.length)
    for (const r of rows) expect((r.match(/<td /g) ?? []).length).toBe(3)
    const lid9 = rows.find((r) => r.includes('Niet strafbaar'))!
    expect(lid9).toContain('Non-punishment naar MSA 2015, s. 45.')
    expect(lid9).toContain(COMMENTS[0]!.body)
  })
})

describe('consultation report', () => {
  it('for publication, leaves out what may not be published and says how many it left out', () => {
    const html = consultationToHtml(model({ publishableOnly: true }))
    expect(html).toContain(COMMENTS[0]!.body)
    expect(html).toContain(COMMENTS[0]!.reaction)
    expect(html).toContain(COMMENTS[0]!.replies[0]!.body)
    // The OM response may not be published: neither its words, its author nor its reaction appear.
    expect(html).not.toContain(COMMENTS[1]!.body)
    expect(html).not.toContain(COMMENTS[1]!.author)
    expect(html).not.toContain(COMMENTS[1]!.reaction)
    expect(html).not.toContain('<td>OM</td>')
    expect(html).toContain('<p class="summary withheld">1 niet-openbare opmerking is niet opgenomen.</p>')
    expect(html).not.toContain('niet openbaar')
    expect(html).not.toContain('Intern verslag')
    expect(html).toContain('2 opmerkingen: 1 op 1 onderdeel van de tekst, 1 over een passage die niet meer in de tekst staat.')
  })

  it('without that option is the internal report: every response with its text, the private ones marked', () => {
    const html = consultationToHtml(model())
    expect(html).toContain(COMMENTS[0]!.body)
    expect(html).toContain(COMMENTS[1]!.body)
    expect(html).toContain(COMMENTS[1]!.reaction)
    expect(html).toMatch(/<div class="comment private">\n<p class="comment-head"><strong>OM, B\. de Vries<\/strong> · bezwaar · <span class="status">verwerkt<\/span> · <span class="badge">niet openbaar<\/span>/)
    expect(html).toContain('<strong>Intern verslag, niet voor publicatie:</strong> dit verslag bevat 1 opmerking die niet openbaar gemaakt mag worden')
    expect(html).not.toContain('Niet-openbare reactie ·')
    expect(html).not.toContain('niet opgenomen')
    expect(html).toContain('<tr><td>OM</td><td>1</td><td>0</td></tr>')
    expect(html).toContain('<tr><td>CKM</td><td>1</td><td>1</td></tr>')
    expect(html).toContain('<tr><td>verwerkt</td><td>1</td></tr>')
    expect(html).toContain('<tr><td>open</td><td>1</td></tr>')
    expect(html).toContain('3 opmerkingen: 2 op 2 onderdelen van de tekst, 1 over een passage die niet meer in de tekst staat.')
  })

  it('counts in the right number: 1 opmerking, 1 onderdeel, 2 niet-openbare opmerkingen', () => {
    const one = consultationToHtml(model({}, [COMMENTS[0]!]))
    expect(one).toContain('<p class="summary">1 opmerking op 1 onderdeel van de tekst.')
    expect(one).not.toMatch(/\b1 (opmerkingen|onderdelen)\b/)
    const hidden = [COMMENTS[1]!, { ...COMMENTS[0]!, id: 'c-x', publishable: false }]
    const none = consultationToHtml(model({ publishableOnly: true }, hidden))
    expect(none).toContain('<p class="summary">0 opmerkingen op 0 onderdelen van de tekst.')
    expect(none).toContain('<p class="summary withheld">2 niet-openbare opmerkingen zijn niet opgenomen.</p>')
    expect(none).toContain('<p>Er zijn geen openbare opmerkingen.</p>')
    expect(consultationToHtml(model({}, hidden))).toContain('dit verslag bevat 2 opmerkingen die niet openbaar gemaakt mogen worden')
  })

  it('strikes the number of a deleted unit and marks that of an inserted one, as their words', () => {
    const html = reportToHtml(model())
    expect(html).toContain('<p class="unit l2"><span class="nr"><del>3°.</del></span> <del>degene die een ander aanwerft')
    expect(html).toMatch(/<span class="nr"><ins>9\.<\/ins><\/span> (<mark>)?<ins>Niet strafbaar/)
  })

  it('prints statuses in words, not as stored keys', () => {
    const html = consultationToHtml(model())
    expect(html).toContain('<span class="status">niet overgenomen</span>')
    expect(html).toContain('<tr><td>niet overgenomen</td>')
    expect(html).not.toContain('niet-overgenomen')
    expect(reportToHtml(model())).toContain('<span class="status">niet overgenomen</span>')
  })

  it('counts a response without an organisation under none, never under its author\'s name', () => {
    const privates = [{ ...COMMENTS[0]!, id: 'c-p', organisation: '', author: 'P. Particulier' }, { ...COMMENTS[0]!, id: 'c-q', organisation: '', author: 'Q. Collega' }]
    const html = consultationToHtml(model({}, privates))
    expect(html).toContain('<tr><td>(zonder organisatie)</td><td>2</td><td>2</td></tr>')
    expect(html).not.toContain('<td>P. Particulier</td>')
  })

  it('shows per unit what changed', () => {
    const html = consultationToHtml(model())
    const lid9 = html.split('<section class="unit-section">').find((s) => s.includes('art. 273f, lid 9'))!
    expect(lid9).toContain('<ins>Niet strafbaar</ins>')
    expect(lid9.replace(/<[^>]*>/g, '')).toContain('Niet strafbaar is het slachtoffer van mensenhandel')
    expect(lid9).toContain('nieuw')
  })
})
