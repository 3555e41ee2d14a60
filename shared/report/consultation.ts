import { escapeHtml as e } from './escape.js'
import { htmlPage, LEGEND, provenanceHtml } from './html-parts.js'
import type { CommentStatus, ReportComment, ReportModel, ReportRow } from './model.js'

/**
 * The consultatieverslag: per article, lid or onderdeel the responses received, the government's
 * reaction and what changed in the text, plus counts per organisation and per status. It is meant
 * for publication, so a response that may not be published is counted but neither quoted nor
 * attributed (and its reaction, which would reveal it, is left out too).
 */
export interface ConsultationSection {
  readonly place: string
  readonly row: ReportRow | null
  readonly comments: readonly ReportComment[]
}

export interface ConsultationSummary {
  readonly sections: readonly ConsultationSection[]
  readonly perOrganisation: ReadonlyArray<{ organisation: string; total: number; publishable: number }>
  readonly perStatus: ReadonlyArray<{ status: CommentStatus; total: number }>
  readonly total: number
}

const STATUSES: readonly CommentStatus[] = ['open', 'verwerkt', 'overgenomen', 'niet-overgenomen']

export function consultationSummary(model: ReportModel): ConsultationSummary {
  const sections: ConsultationSection[] = model.rows.filter((r) => r.comments.length)
    .map((r) => ({ place: r.newPlace || r.oldPlace, row: r, comments: r.comments }))
  if (model.unplaced.length) sections.push({ place: 'Passage niet meer in de tekst', row: null, comments: model.unplaced })
  const orgs = new Map<string, { total: number; publishable: number }>()
  for (const c of model.comments) {
    const key = c.organisation || c.author || 'onbekend'
    const o = orgs.get(key) ?? { total: 0, publishable: 0 }
    o.total++
    if (c.publishable) o.publishable++
    orgs.set(key, o)
  }
  return {
    sections,
    perOrganisation: [...orgs].sort(([a], [b]) => a.localeCompare(b, 'nl')).map(([organisation, n]) => ({ organisation, ...n })),
    perStatus: STATUSES.map((status) => ({ status, total: model.comments.filter((c) => c.status === status).length })),
    total: model.comments.length,
  }
}

export function consultationToHtml(model: ReportModel): string {
  const s = consultationSummary(model)
  const orgRows = s.perOrganisation.map((o) => `<tr><td>${e(o.organisation)}</td><td>${o.total}</td><td>${o.publishable}</td></tr>`).join('')
  const statusRows = s.perStatus.map((x) => `<tr><td>${e(x.status)}</td><td>${x.total}</td></tr>`).join('')
  const sections = s.sections.map(sectionHtml).join('\n')
  const body = `<header>
<h1>${e(model.title)} — consultatieverslag</h1>
${provenanceHtml(model)}
</header>
<main>
<h2>Overzicht</h2>
<p class="summary">${s.total} reacties op ${s.sections.length} onderdelen van de tekst. Wijzigingen in de tekst: ${e(model.summary)}.</p>
<table class="counts"><thead><tr><th scope="col">Organisatie</th><th scope="col">Reacties</th><th scope="col">Openbaar</th></tr></thead><tbody>${orgRows}</tbody></table>
<table class="counts"><thead><tr><th scope="col">Status</th><th scope="col">Reacties</th></tr></thead><tbody>${statusRows}</tbody></table>
<h2>Reacties per onderdeel</h2>
${LEGEND}
${sections || '<p>Er zijn geen reacties.</p>'}
</main>`
  return htmlPage(`${model.title} — consultatieverslag`, body, CSS)
}

function sectionHtml(s: ConsultationSection): string {
  const changed = s.row ? `<div class="renvooi"><p class="where">${e(s.row.badges.join(', '))}</p>${inlineHtml(s.row)}</div>` : ''
  return `<section class="unit-section">
<h3>${e(s.place)}</h3>
${changed}
${s.comments.map(responseHtml).join('\n')}
</section>`
}

/** The unit as the proposal reads it, with the renvooi inline: what changed. */
function inlineHtml(row: ReportRow): string {
  return row.paragraphs.map((p) => {
    const nr = p.oldNumber === p.newNumber ? e(p.newNumber ?? '')
      : `${p.oldNumber ? `<del>${e(p.oldNumber)}</del>` : ''}${p.newNumber ? `<ins>${e(p.newNumber)}</ins>` : ''}`
    const text = p.pieces.map((x) => (x.op === 'equal' ? e(x.text) : x.op === 'delete' ? `<del>${e(x.text)}</del>` : `<ins>${e(x.text)}</ins>`)).join('')
    return `<p class="unit"><span class="nr">${nr}</span> ${text}</p>`
  }).join('')
}

function responseHtml(c: ReportComment): string {
  if (!c.publishable) {
    return `<div class="comment private"><p class="comment-head">Niet-openbare reactie · ${e(c.kind)} · <span class="status">${e(c.status)}</span></p></div>`
  }
  const who = [c.organisation, c.author].filter(Boolean).map(e).join(', ') || 'anoniem'
  return `<div class="comment">
<p class="comment-head"><strong>${who}</strong> · ${e(c.kind)} · <span class="status">${e(c.status)}</span>${c.quote ? ` · over «${e(c.quote)}»` : ''}</p>
<p>${e(c.body).replace(/\n/g, '<br>')}</p>
${c.replies.length ? `<ul class="replies">${c.replies.map((r) => `<li><strong>${e(r.author)}:</strong> ${e(r.body)}</li>`).join('')}</ul>` : ''}
<p class="reaction"><strong>Reactie:</strong> ${c.reaction ? e(c.reaction).replace(/\n/g, '<br>') : '<em>nog geen reactie</em>'}</p>
</div>`
}

const CSS = `
.counts{width:auto;min-width:18rem;margin:.4rem 1rem .8rem 0;display:inline-table;font-family:system-ui,sans-serif;font-size:.85rem}
.counts td{padding:.15rem .5rem}
.unit-section{border-top:1px solid #999;margin-top:1rem;break-inside:avoid-page}
.renvooi{background:#fafafa;padding:.3rem .6rem}
.private{color:#555;border-left-color:#999}
`
