import { escapeHtml as e } from './escape.js'
import { commentHtml, htmlPage, LEGEND, provenanceHtml, sideHtml } from './html-parts.js'
import { commentNumbers, type ReportComment, type ReportModel, type ReportRow } from './model.js'

/**
 * The comparison report as one self-contained HTML page (also the source of the PDF): title and
 * provenance, the summary, the side-by-side renvooi per unit (current | proposed) with the
 * commented passages highlighted and numbered, then the comments on passages, the general ones,
 * those whose passage is gone, and any provisions; each comment once. `layout: 'drieluik'` adds the third column (toelichting and comments per unit).
 */
export interface HtmlReportOptions {
  readonly layout?: 'side-by-side' | 'drieluik'
  /** Leave out units that did not change at all (default: show the whole text). */
  readonly changesOnly?: boolean
}

/** Escaped text with its line breaks kept. */
const lines = (text: string): string => e(text).replace(/\n/g, '<br>')

export function reportToHtml(model: ReportModel, opts: HtmlReportOptions = {}): string {
  const refs = commentNumbers(model)
  const drieluik = opts.layout === 'drieluik'
  const rows = model.rows.filter((r) => !opts.changesOnly || !quiet(r)).map((r) => rowHtml(r, refs, drieluik)).join('\n')
  const third = drieluik ? '<th scope="col">Toelichting en opmerkingen</th>' : ''
  const section = (title: string, list: readonly ReportComment[]): string =>
    list.length ? `<section><h2>${title}</h2>${list.map((c) => commentHtml(c, refs.get(c.id))).join('\n')}</section>` : ''
  // The drieluik shows the comments on passages in its third column.
  const comments = drieluik ? '' : section('Opmerkingen', model.rows.flatMap((r) => r.comments))
  const general = section('Algemene opmerkingen (over de tekst als geheel)', model.general)
  const unplaced = section('Opmerkingen waarvan de passage niet meer in de tekst staat', model.unplaced)
  const provisions = model.provisions.length
    ? `<section><h2>Bepalingen</h2>${model.provisions.map((p) => `<h3>${e(p.title)}</h3><p>${lines(p.text)}</p>${p.rationale ? `<p class="meta">${lines(p.rationale)}</p>` : ''}`).join('\n')}</section>` : ''
  const body = `<header>
<h1>${e(model.title)}</h1>
${provenanceHtml(model)}
<p class="summary">${e(model.summary)}</p>
${LEGEND}
</header>
<main>
<table class="sbs${drieluik ? ' drieluik' : ''}">
<thead><tr><th scope="col">Huidige tekst</th><th scope="col">Voorgestelde tekst</th>${third}</tr></thead>
<tbody>
${rows}
</tbody>
</table>
${comments}
${general}
${unplaced}
${provisions}
</main>`
  return htmlPage(model.title, body, drieluik ? DRIELUIK_CSS : '')
}

const quiet = (r: ReportRow): boolean => r.change.kind === 'unchanged' && !r.change.renumbered && !r.change.moved && !r.comments.length

function rowHtml(r: ReportRow, refs: ReadonlyMap<string, number>, drieluik: boolean): string {
  const badges = r.change.kind === 'unchanged' && !r.change.renumbered && !r.change.moved ? ''
    : `<div class="badges">${r.badges.map((b) => `<span class="badge">${e(b)}</span>`).join(' ')}</div>`
  const where = (place: string): string => (place ? `<div class="where">${e(place)}</div>` : '')
  const third = !drieluik ? ''
    : `<td data-col="Toelichting en opmerkingen">${r.toelichting ? `<p class="toelichting">${e(r.toelichting).replace(/\n/g, '<br>')}</p>` : ''}${r.comments.map((c) => commentHtml(c, refs.get(c.id))).join('')}</td>`
  return `<tr class="${r.change.kind}${r.isArticle ? ' article' : ''}">
<td data-col="Huidige tekst">${where(r.oldPlace)}${sideHtml(r, 'old', refs)}</td>
<td data-col="Voorgestelde tekst">${where(r.newPlace)}${sideHtml(r, 'new', refs)}${badges}</td>${third}
</tr>`
}

const DRIELUIK_CSS = `
.drieluik td{width:33%}.toelichting{font-size:.9rem;margin:.2rem 0}
@page{size:A4 landscape;margin:14mm 12mm}
`
