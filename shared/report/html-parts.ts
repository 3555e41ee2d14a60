import { escapeHtml as e } from './escape.js'
import { commentBy, statusLabel, type ReportComment, type ReportModel, type ReportRow } from './model.js'
import type { ReportPiece } from './anchor.js'
import { sideParagraphs } from './paragraphs.js'
import { formatReportDate } from './datetime.js'

/**
 * Pieces shared by the HTML exports (report, drieluik, consultation report): the page shell with
 * its CSP, the provenance block every export states, one side of a row with its renvooi and
 * comment highlights, and the comment list. Every string from texts, comments and options goes
 * through `escapeHtml`; nothing here emits a script, a link or an external resource.
 */

export function htmlPage(title: string, body: string, extraCss = ''): string {
  return `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${e(title)}</title>
<style>${BASE_CSS}${extraCss}</style>
</head>
<body>
${body}
</body>
</html>
`
}

export function provenanceHtml(model: ReportModel): string {
  const p = model.provenance
  const version = (role: string, v: ReportModel['provenance']['old']): string =>
    `<tr><th scope="row">${role}</th><td>${e(v.label)}</td><td>${v.sourceName ? e(v.sourceName) : '<em>geen bestand</em>'}</td><td class="hash">${v.sha256 ? e(v.sha256) : '—'}${v.comparedSha256 ? `<br><span class="edited">${v.sha256 ? 'bewerkt na het laden; ' : ''}tekst zoals vergeleken: ${e(v.comparedSha256)}</span>` : ''}</td></tr>`
  return `<table class="provenance">
<thead><tr><th scope="col"></th><th scope="col">Versie</th><th scope="col">Bestand</th><th scope="col">SHA-256</th></tr></thead>
<tbody>
${version('Huidig', p.old)}
${version('Voorstel', p.new)}
</tbody>
</table>
<p class="meta">Gemaakt${p.date ? ` op ${e(formatDate(p.date))}` : ''} met Renvooi${p.renvooiVersion ? ` ${e(p.renvooiVersion)}` : ''}.</p>`
}

/**
 * "2026-11-23T15:05:00+01:00" → "23-11-2026 15:05 (UTC+01:00)": the local time the report was
 * made, with its offset, so it is unambiguous for any reader (datetime.ts).
 */
export const formatDate = formatReportDate

/**
 * One side of a row as HTML: each paragraph that starts a unit on this side gets its number;
 * paragraphs that exist only on the other side continue the previous one inline.
 */
export function sideHtml(row: ReportRow, side: 'old' | 'new', refs: ReadonlyMap<string, number>): string {
  const units = side === 'old' ? row.oldUnits : row.newUnits
  if (!units.length) return '<span class="absent">—</span>'
  const active = new Set<string>()
  // A comment is highlighted on the side it was made on, even where its words are on both.
  const mine = new Set(row.comments.filter((c) => c.side === side).map((c) => c.id))
  const tag = side === 'old' ? 'del' : 'ins'
  const whole = wholeUnitChanged(row, side)
  return sideParagraphs(row.paragraphs, side, true).map((p, i) => {
    const nr = p.number === null ? '' : `<span class="nr">${p.renumbered || whole ? `<${tag}>${e(p.number)}</${tag}>` : e(p.number)}</span>${i === 0 && row.isArticle ? `${headingOf(row, side)}<br>` : ''} `
    return `<p class="unit l${Math.min(row.level, 3)}">${nr}${piecesHtml(p.pieces, side, active, refs, mine)}</p>`
  }).join('')
}

/** A unit deleted (on the current side) or inserted (on the proposed side): its number goes or comes with it. */
export function wholeUnitChanged(row: ReportRow, side: 'old' | 'new'): boolean {
  return row.change.kind === (side === 'old' ? 'deleted' : 'inserted')
}

function headingOf(row: ReportRow, side: 'old' | 'new'): string {
  const h = (side === 'old' ? row.oldUnits : row.newUnits)[0]?.heading
  return h ? ` <span class="heading">${e(h)}</span>` : ''
}

function piecesHtml(pieces: readonly ReportPiece[], side: 'old' | 'new', active: Set<string>, refs: ReadonlyMap<string, number>, mine: ReadonlySet<string>): string {
  const tag = side === 'old' ? 'del' : 'ins'
  let out = ''
  for (const piece of pieces) {
    for (const id of piece.opens) if (mine.has(id)) active.add(id)
    let text = e(piece.text)
    if (piece.op !== 'equal') text = `<${tag}>${text}</${tag}>`
    if (active.size) text = `<mark>${text}</mark>`
    out += text
    for (const id of piece.closes) {
      if (!mine.has(id)) continue
      active.delete(id)
      out += `<sup class="ref">[${refs.get(id) ?? '?'}]</sup>`
    }
  }
  return out
}

export function commentHtml(c: ReportComment, n: number | undefined, opts: { reaction?: boolean } = {}): string {
  const who = e(commentBy(c))
  const replies = c.replies.map((r) => `<li><strong>${e(r.author)}:</strong> ${e(r.body)}</li>`).join('')
  return `<div class="comment" id="c${n ?? ''}">
<p class="comment-head">${n ? `[${n}] ` : ''}<strong>${who}</strong> · ${e(c.kind)} · <span class="status">${e(statusLabel(c.status))}</span></p>
${c.quote ? `<blockquote>${e(c.quote)}</blockquote>` : ''}${c.quotedAs ? `<p class="meta">Oorspronkelijk geciteerd: «${e(c.quotedAs)}»</p>` : ''}
<p>${e(c.body).replace(/\n/g, '<br>')}</p>
${replies ? `<ul class="replies">${replies}</ul>` : ''}
${opts.reaction !== false && c.reaction ? `<p class="reaction"><strong>Reactie:</strong> ${e(c.reaction).replace(/\n/g, '<br>')}</p>` : ''}
</div>`
}

export const LEGEND = '<p class="legend">Legenda: <del>geschrapte tekst</del> · <ins>toegevoegde tekst</ins> · <mark>passage met opmerking</mark></p>'

const BASE_CSS = `
:root{color-scheme:light}
body{font:15px/1.5 Georgia,'Times New Roman',serif;margin:0 auto;max-width:75rem;padding:1rem;color:#111;background:#fff}
h1{font-size:1.45rem;margin:0 0 .4rem}h2{font-size:1.15rem;margin:1.4rem 0 .5rem}
.meta,.legend,.summary,.provenance,.where,.badge,.comment-head,th{font-family:system-ui,sans-serif}
.meta,.legend,.summary{font-size:.85rem;color:#333}
table{width:100%;border-collapse:collapse;table-layout:fixed}
th{text-align:left;border-bottom:2px solid #333;padding:.3rem;font-size:.85rem}
td{vertical-align:top;border-bottom:1px solid #ccc;padding:.4rem .5rem;overflow-wrap:anywhere}
.provenance{font-size:.8rem;margin:.4rem 0}.provenance td,.provenance th{padding:.15rem .4rem;border-bottom:1px solid #ddd}
.provenance th[scope=row]{width:6rem}.provenance th[scope=col]:first-child{width:6rem}.hash{font-family:ui-monospace,monospace;font-size:.72rem}
.where{font-size:.78rem;color:#444;font-weight:600}
p.unit{margin:.1rem 0}.l1{margin-left:0}.l2{margin-left:1.4rem}.l3{margin-left:2.6rem}
.nr{font-weight:600}.heading{font-style:italic}
del{color:#a00;text-decoration:line-through;background:#fde8e8}
ins{color:#064;text-decoration:underline;background:#e3f6ea}
mark{background:#fff3b0;color:inherit}sup.ref{font:600 .7rem system-ui,sans-serif;color:#654}
.badge{display:inline-block;font-size:.72rem;font-weight:600;border:1px solid #555;border-radius:.6rem;padding:0 .4rem;margin-right:.2rem}
.absent{color:#777}
.comment{border-left:3px solid #c9a227;padding:.2rem .6rem;margin:.4rem 0;font-size:.9rem;break-inside:avoid}
.comment p{margin:.2rem 0}.comment-head{font-size:.8rem}.comment blockquote{margin:.2rem 0;color:#444;font-style:italic}
.reaction{background:#eef3fb;padding:.2rem .4rem}
.replies{margin:.2rem 0;padding-left:1.2rem;font-size:.85rem}
@media (max-width:40rem){body{padding:.5rem}.sbs,.sbs thead,.sbs tbody,.sbs tr,.sbs td{display:block}.sbs thead{display:none}.sbs td{border:0;padding:.2rem 0}.sbs tr{border-bottom:1px solid #999;padding:.4rem 0}
.sbs td[data-col]::before{content:attr(data-col);display:block;font:600 .72rem system-ui,sans-serif;color:#666}}
@page{size:A4;margin:18mm 15mm}
@media print{body{max-width:none;font-size:10pt;padding:0}tr,.comment{break-inside:avoid}thead{display:table-header-group}del,ins,mark{background:none}mark{text-decoration:underline dotted}}
`
