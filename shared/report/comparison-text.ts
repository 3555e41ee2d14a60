import type { Comparison } from '../compare/types.js'
import type { LegalText } from '../model/types.js'
import { changeViews } from './comparison-view.js'
import { badges, citePath, kindLabel, type Language } from './labels.js'

/**
 * The terminal renvooi: one block per changed unit, headed by where it was and where it is now,
 * with deleted words struck and inserted words underlined in colour on a terminal, or marked
 * `[-deleted-]{+inserted+}` (git's word-diff notation) when written to a file or pipe.
 */
export interface TextOptions {
  readonly colour: boolean
  /** Include unchanged units (default: only changes, plus a count). */
  readonly all?: boolean
}

const ANSI = { del: '\x1b[9;31m', ins: '\x1b[4;32m', dim: '\x1b[2m', bold: '\x1b[1m', reset: '\x1b[0m' }

export function comparisonToText(comparison: Comparison, oldText: LegalText, newText: LegalText, opts: TextOptions): string {
  const c = opts.colour ? ANSI : { del: '', ins: '', dim: '', bold: '', reset: '' }
  const out: string[] = [
    `${c.bold}Renvooi${c.reset}: ${oldText.label} → ${newText.label}`,
    summary(comparison),
    '',
  ]
  for (const v of changeViews(comparison, oldText, newText)) {
    const { change } = v
    const quiet = change.kind === 'unchanged' && !change.renumbered && !change.moved
    if (quiet && !opts.all) continue
    const from = change.old.map(citePath).join(' + ')
    const to = change.new.map(citePath).join(' + ')
    const where = !from ? to : !to ? from : from === to ? to : `${from} → ${to}`
    out.push(`${c.bold}${where}${c.reset}  ${c.dim}(${badges(change).join(', ')})${c.reset}`)
    const body = v.runs.map((r) =>
      r.op === 'equal' ? r.text
      : opts.colour ? `${r.op === 'delete' ? c.del : c.ins}${r.text}${c.reset}`
      : r.op === 'delete' ? `[-${r.text}-]` : `{+${r.text}+}`,
    ).join('')
    if (body) out.push(indent(body))
    out.push('')
  }
  return out.join('\n')
}

/**
 * The counts of a comparison in one line, the same in the terminal, the HTML page and the app:
 * "11 gewijzigd, 3 nieuw, … 5 ongewijzigd, waarvan 3 alleen vernummerd of verplaatst (20 → 22
 * eenheden)". A renumbered but otherwise unchanged unit counts as ongewijzigd, as in the JSON's
 * stats; the drafter, for whom a renumbering is a change, is told how many of those there are.
 */
export function summary(comparison: Comparison, lang: Language = 'nl'): string {
  const s = comparison.stats
  const kinds = (['modified', 'inserted', 'deleted', 'split', 'merged', 'unchanged'] as const).map((k) => `${s[k]} ${kindLabel(k, lang)}`)
  const placeOnly = comparison.changes.filter((c) => c.kind === 'unchanged' && (c.renumbered || c.moved)).length
  if (placeOnly) kinds[kinds.length - 1] += lang === 'nl' ? `, waarvan ${placeOnly} alleen vernummerd of verplaatst` : `, ${placeOnly} of them only renumbered or moved`
  return `${kinds.join(', ')} (${comparison.old.units} → ${comparison.new.units} ${lang === 'nl' ? 'eenheden' : 'units'})`
}

const indent = (text: string): string => text.split('\n').map((l) => '    ' + l).join('\n')
