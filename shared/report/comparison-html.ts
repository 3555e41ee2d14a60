import type { Comparison, WordRun } from '../compare/types.js'
import type { LegalText, Unit } from '../model/types.js'
import { changeViews, type ChangeView } from './comparison-view.js'
import { escapeHtml as e } from './escape.js'
import { badges, citePath } from './labels.js'
import { summary } from './comparison-text.js'

/**
 * The comparison as one self-contained HTML page: two columns (current | proposed) aligned per
 * unit, struck `<del>` and underlined `<ins>` words so colour is never the only signal, a badge
 * per unit in words, inline CSS, no scripts, no external requests (the CSP says so too), and every
 * string from the texts escaped.
 */
export function comparisonToHtml(comparison: Comparison, oldText: LegalText, newText: LegalText): string {
  const rows = changeViews(comparison, oldText, newText).map(row).join('\n')
  return `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Renvooi: ${e(oldText.label)} → ${e(newText.label)}</title>
<style>${CSS}</style>
</head>
<body>
<header>
<h1>Renvooi</h1>
<p><strong>Huidig:</strong> ${e(oldText.label)}<br><strong>Voorstel:</strong> ${e(newText.label)}</p>
<p class="summary">${e(summary(comparison))}</p>
<p class="legend">Legenda: <del>geschrapte tekst</del> · <ins>toegevoegde tekst</ins></p>
</header>
<main>
<table>
<thead><tr><th scope="col">Huidige tekst</th><th scope="col">Voorgestelde tekst</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>
</main>
</body>
</html>
`
}

function row(v: ChangeView): string {
  const { change } = v
  const label = badges(change).map((b) => `<span class="badge">${e(b)}</span>`).join(' ')
  return `<tr class="${change.kind}">
<td>${cell(v.oldUnits, v.runs, 'delete')}</td>
<td>${cell(v.newUnits, v.runs, 'insert')}${label ? `<div class="badges">${label}</div>` : ''}</td>
</tr>`
}

/** One side of a row: the unit's place, then the runs of that side (equal plus its own changes). */
function cell(units: readonly Unit[], runs: readonly WordRun[], own: 'delete' | 'insert'): string {
  if (!units.length) return '<span class="absent">—</span>'
  const where = `<div class="where">${units.map((u) => e(citePath(u.path))).join(' + ')}</div>`
  const tag = own === 'delete' ? 'del' : 'ins'
  const body = runs.filter((r) => r.op === 'equal' || r.op === own)
    .map((r) => (r.op === 'equal' ? e(r.text) : `<${tag}>${e(r.text)}</${tag}>`)).join('')
  return `${where}<div class="text">${body.replace(/\n/g, '<br>')}</div>`
}

const CSS = `
body{font:15px/1.5 Georgia,'Times New Roman',serif;margin:0 auto;max-width:72rem;padding:1rem;color:#111}
h1{font-size:1.4rem;margin:0 0 .5rem}
.summary,.legend{font-family:system-ui,sans-serif;font-size:.85rem;color:#333}
table{width:100%;border-collapse:collapse;table-layout:fixed}
th{text-align:left;font-family:system-ui,sans-serif;border-bottom:2px solid #333;padding:.3rem}
td{vertical-align:top;border-bottom:1px solid #ccc;padding:.4rem .5rem;overflow-wrap:anywhere}
.where{font-family:system-ui,sans-serif;font-size:.8rem;color:#444;font-weight:600}
del{color:#a00;text-decoration:line-through;background:#fde8e8}
ins{color:#064;text-decoration:underline;background:#e3f6ea}
.badges{margin-top:.3rem}
.badge{display:inline-block;font:600 .72rem system-ui,sans-serif;border:1px solid #555;border-radius:.6rem;padding:0 .4rem;margin-right:.2rem}
.absent{color:#777}
tr.unchanged .text{color:#333}
@media (max-width:40rem){table,thead,tbody,tr,td{display:block}thead{display:none}td{border:0}tr{border-bottom:1px solid #999;padding:.4rem 0}}
@media print{@page{size:A4;margin:18mm 15mm}body{max-width:none;font-size:10.5pt}tr{break-inside:avoid}del,ins{background:none}}
`
