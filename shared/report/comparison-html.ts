import type { Comparison } from '../compare/types.js'
import type { LegalText } from '../model/types.js'
import { buildReportModel } from './model.js'
import { reportToHtml } from './report-html.js'

/**
 * `renvooi compare --format html`: the comparison as one self-contained page. It is the report's
 * HTML rendering (report-html.ts) of the report model without comments, so the quick comparison
 * and the consultation report never disagree: two columns aligned per unit, struck `<del>` and
 * underlined `<ins>` words, a badge per unit in words, inline CSS, no scripts, every text escaped.
 */
export interface ComparisonHtmlOptions {
  /** ISO date-time to state; left out when not given, so the page is the same for the same texts. */
  readonly date?: string
  readonly renvooiVersion?: string
}

export function comparisonToHtml(comparison: Comparison, oldText: LegalText, newText: LegalText, opts: ComparisonHtmlOptions = {}): string {
  const model = buildReportModel({
    oldText, newText, comparison,
    options: {
      title: `Renvooi: ${oldText.label} → ${newText.label}`,
      author: 'Renvooi',
      provenance: {
        old: { label: oldText.label, sourceName: oldText.source || null, sha256: null },
        new: { label: newText.label, sourceName: newText.source || null, sha256: null },
        date: opts.date ?? '',
        renvooiVersion: opts.renvooiVersion ?? '',
      },
    },
  })
  return reportToHtml(model)
}
