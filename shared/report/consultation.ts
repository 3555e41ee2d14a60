import { escapeHtml as e } from './escape.js'
import { htmlPage, LEGEND, provenanceHtml } from './html-parts.js'
import { commentBy, statusLabel, type CommentStatus, type ReportComment, type ReportModel, type ReportRow } from './model.js'

/**
 * The consultatieverslag: per article, lid or onderdeel the responses received, the government's
 * reaction and what changed in the text, plus counts per organisation and per status.
 *
 * Which responses it shows is decided once, by the report option "Alleen openbare opmerkingen"
 * (`publishableOnly`, the same switch as for the other views): with it — the version for
 * publication — a response that may not be published is left out entirely and the overview says
 * how many were left out, so an empty report never looks like "no responses". Without it the
 * report is the drafter's internal working document: every response with its text, the ones that
 * may not be published marked "niet openbaar" and the report headed as internal. (It used to
 * show those as a bare "Niet-openbare reactie" line without text: useless internally, and a
 * publishable version needs the option anyway.)
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
  /** Responses included that may not be published (only when `publishableOnly` was off). */
  readonly notPublic: number
  /** Responses left out because they may not be published (`publishableOnly`). */
  readonly withheld: number
}

const STATUSES: readonly CommentStatus[] = ['open', 'verwerkt', 'overgenomen', 'niet-overgenomen']
const NO_ORGANISATION = '(zonder organisatie)'

export function consultationSummary(model: ReportModel): ConsultationSummary {
  const sections: ConsultationSection[] = model.rows.filter((r) => r.comments.length)
    .map((r) => ({ place: r.newPlace || r.oldPlace, row: r, comments: r.comments }))
  if (model.general.length) sections.push({ place: 'Algemeen (geen onderdeel genoemd)', row: null, comments: model.general })
  if (model.unplaced.length) sections.push({ place: 'Passage niet meer in de tekst', row: null, comments: model.unplaced })
  const orgs = new Map<string, { total: number; publishable: number }>()
  for (const c of model.comments) {
    // Not the author's name: a private respondent or a colleague is no organisation, and the
    // table is published with the report.
    const key = c.organisation || NO_ORGANISATION
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
    notPublic: model.comments.filter((c) => !c.publishable).length,
    withheld: model.withheld,
  }
}

/** "1 opmerking", "2 opmerkingen": Dutch counts with the noun in the right number. */
const count = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`
/**
 * The items are counted as "opmerkingen", as the app calls them: consultation responses and a
 * team's internal notes alike. "Reactie" is kept for the government's reaction to each.
 */
const opmerkingen = (n: number): string => count(n, 'opmerking', 'opmerkingen')

/** The overview's first sentence: how many responses, on how many units, how many general and how many unplaced. */
function totalsSentence(s: ConsultationSummary, general: number, unplaced: number): string {
  const placedSections = s.sections.filter((x) => x.row).length
  const onUnits = `op ${count(placedSections, 'onderdeel', 'onderdelen')} van de tekst`
  if (!general && !unplaced) return `${opmerkingen(s.total)} ${onUnits}.`
  const parts = [`${s.total - general - unplaced} ${onUnits}`]
  if (general) parts.push(`${general} over de tekst als geheel`)
  if (unplaced) parts.push(`${unplaced} over een passage die niet meer in de tekst staat`)
  return `${opmerkingen(s.total)}: ${parts.join(', ')}.`
}

function withheldSentence(n: number): string {
  return n === 1 ? '1 niet-openbare opmerking is niet opgenomen.' : `${n} niet-openbare opmerkingen zijn niet opgenomen.`
}

function internalNotice(n: number): string {
  return `<p class="summary internal"><strong>Intern verslag, niet voor publicatie:</strong> dit verslag bevat ${n === 1 ? '1 opmerking die niet openbaar gemaakt mag' : `${n} opmerkingen die niet openbaar gemaakt mogen`} worden (gemarkeerd «niet openbaar»). Maak voor publicatie een verslag met alleen openbare opmerkingen.</p>`
}

export function consultationToHtml(model: ReportModel): string {
  const s = consultationSummary(model)
  const orgRows = s.perOrganisation.map((o) => `<tr><td>${e(o.organisation)}</td><td>${o.total}</td><td>${o.publishable}</td></tr>`).join('')
  const statusRows = s.perStatus.map((x) => `<tr><td>${e(statusLabel(x.status))}</td><td>${x.total}</td></tr>`).join('')
  const sections = s.sections.map(sectionHtml).join('\n')
  const body = `<header>
<h1>${e(model.title)} — consultatieverslag</h1>
${provenanceHtml(model)}
</header>
<main>
${s.notPublic ? internalNotice(s.notPublic) : ''}
<h2>Overzicht</h2>
<p class="summary">${totalsSentence(s, model.general.length, model.unplaced.length)} Wijzigingen in de tekst: ${e(model.summary)}.</p>
${s.withheld ? `<p class="summary withheld">${withheldSentence(s.withheld)}</p>` : ''}
<table class="counts"><thead><tr><th scope="col">Organisatie</th><th scope="col">Opmerkingen</th><th scope="col">Openbaar</th></tr></thead><tbody>${orgRows}</tbody></table>
<table class="counts"><thead><tr><th scope="col">Status</th><th scope="col">Opmerkingen</th></tr></thead><tbody>${statusRows}</tbody></table>
<h2>Opmerkingen per onderdeel</h2>
${LEGEND}
${sections || `<p>${s.withheld ? 'Er zijn geen openbare opmerkingen.' : 'Er zijn geen opmerkingen.'}</p>`}
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

/**
 * One response; one that may not be published reaches here only in the internal report, marked.
 * (New markup uses the base classes only: the app's CSP admits each report stylesheet by hash,
 * main/web/static-files.ts, so the CSS below must not change without updating those hashes.)
 */
function responseHtml(c: ReportComment): string {
  const who = e(commentBy(c, ', ', 'organisation'))
  const mark = c.publishable ? '' : ' · <span class="badge">niet openbaar</span>'
  return `<div class="comment${c.publishable ? '' : ' private'}">
<p class="comment-head"><strong>${who}</strong> · ${e(c.kind)} · <span class="status">${e(statusLabel(c.status))}</span>${mark}${c.quote ? ` · over «${e(c.quote)}»` : ''}${c.quotedAs ? ` (oorspronkelijk geciteerd: «${e(c.quotedAs)}»)` : ''}</p>
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
