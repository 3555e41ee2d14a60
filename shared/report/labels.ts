import type { Change, ChangeKind } from '../compare/types.js'

/**
 * The words drafters use for each kind of change (Dutch first; English for the English
 * interface). Shared by the terminal renvooi, the HTML page and the app's badges.
 */
export type Language = 'nl' | 'en'

const KIND: Record<Language, Record<ChangeKind, string>> = {
  nl: { unchanged: 'ongewijzigd', modified: 'gewijzigd', inserted: 'nieuw', deleted: 'vervallen', split: 'gesplitst', merged: 'samengevoegd' },
  en: { unchanged: 'unchanged', modified: 'modified', inserted: 'inserted', deleted: 'deleted', split: 'split', merged: 'merged' },
}
const FLAG: Record<Language, { renumbered: string; moved: string; approximate: string }> = {
  nl: { renumbered: 'vernummerd', moved: 'verplaatst', approximate: 'benaderd' },
  en: { renumbered: 'renumbered', moved: 'moved', approximate: 'approximate' },
}

export const kindLabel = (kind: ChangeKind, lang: Language = 'nl'): string => KIND[lang][kind]

/** All badges of a change, e.g. ["gewijzigd", "vernummerd"]. */
export function badges(change: Change, lang: Language = 'nl'): string[] {
  const out: string[] = []
  if (change.kind !== 'unchanged' || (!change.renumbered && !change.moved)) out.push(KIND[lang][change.kind])
  if (change.renumbered) out.push(FLAG[lang].renumbered)
  if (change.moved) out.push(FLAG[lang].moved)
  // The redline hit its bound and shows the whole text replaced: say so, never silently.
  if (change.approximate) out.push(FLAG[lang].approximate)
  return out
}

/** `artikel:273f/lid:1/onderdeel:4°` → `art. 273f, lid 1, onderdeel 4°`, the way a drafter cites it. */
export function citePath(path: string): string {
  return path.split('/').map((seg) => {
    const i = seg.indexOf(':')
    const type = seg.slice(0, i)
    const nr = seg.slice(i + 1)
    return type === 'artikel' ? `art. ${nr}` : `${type} ${nr}`
  }).join(', ')
}

/** The number as printed in the text: "Artikel 273f", "2.", "a.", "1°.". */
export function numberLabel(unit: { readonly type: string; readonly number: string }): string {
  return unit.type === 'artikel' ? `Artikel ${unit.number}` : `${unit.number}.`
}
