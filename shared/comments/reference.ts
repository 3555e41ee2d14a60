/**
 * Reading what a consultation response says it is about — "art. 273f lid 9", "273f, negende lid",
 * "artikel 273f, eerste lid, onder a", or a path `artikel:273f/lid:9` — as a unit path of the text.
 */
import { unitsByPath } from '../model/path.js'
import type { LegalText } from '../model/types.js'

export type Reference =
  | { readonly kind: 'none' }
  | { readonly kind: 'unit'; readonly path: string }
  /** Named something, but not a unit of this text (or not legibly); the response goes to the inbox. */
  | { readonly kind: 'unknown'; readonly reason: string }

const ORDINALS = ['eerste', 'tweede', 'derde', 'vierde', 'vijfde', 'zesde', 'zevende', 'achtste', 'negende', 'tiende',
  'elfde', 'twaalfde', 'dertiende', 'veertiende', 'vijftiende', 'zestiende', 'zeventiende', 'achttiende', 'negentiende', 'twintigste']

const PATH = /^artikel:[^/\s]+(?:\/(?:lid|onderdeel|subonderdeel):[^/\s]+)*$/

export function readReference(raw: string, text: LegalText): Reference {
  const s = raw.trim()
  if (!s) return { kind: 'none' }
  const units = unitsByPath(text.units)
  if (PATH.test(s)) return units.has(s) ? { kind: 'unit', path: s } : { kind: 'unknown', reason: `no unit ${s} in this version` }

  const lower = s.toLowerCase().replace(/\s+/g, ' ')
  const art = findArticle(lower)
  if (!art) return { kind: 'unknown', reason: `"${s}" names no article` }
  let path = `artikel:${art.number}`
  // Lid and onderdeel may stand before or after the article ("lid 9 van art. 273f").
  const rest = lower.slice(0, art.index) + ' ' + lower.slice(art.end)

  const lid = /\blid\s+(\d+[a-z]?)\b/.exec(rest) ?? /\b(\d+)(?:e|de|ste)?\s+lid\b/.exec(rest)
  const ordinal = new RegExp(`\\b(${ORDINALS.join('|')})\\s+lid\\b`).exec(rest)
  const lidNumber = lid?.[1] ?? (ordinal ? String(ORDINALS.indexOf(ordinal[1]!) + 1) : undefined)
  if (lidNumber) path += `/lid:${lidNumber}`

  const item = /\b(?:onderdeel|onder|sub)\s+([a-z]{1,3}|\d+°?)(?![a-z])/.exec(rest)
  if (item) {
    // The text may number onderdelen 1°, 2° … or a, b …; accept "onder 3" for 3°.
    const n = item[1]!
    const candidates = /^\d+$/.test(n) ? [`${path}/onderdeel:${n}°`, `${path}/onderdeel:${n}`] : [`${path}/onderdeel:${n}`]
    const found = candidates.find((p) => units.has(p))
    path = found ?? candidates[0]!
  }
  return units.has(path) ? { kind: 'unit', path } : { kind: 'unknown', reason: `no ${describe(path)} in this version` }
}

const NUMBER = String.raw`\d+[a-z]*(?::\d+[a-z]*)?`

/**
 * The article number: after "art." or "artikel" if present, else the first number that is not a
 * lid or onderdeel ("9e lid", "lid 9", "onder 3", "3°").
 */
function findArticle(s: string): { number: string; index: number; end: number } | null {
  const explicit = new RegExp(String.raw`\bart(?:ikel)?\.?\s*(${NUMBER})\b`).exec(s)
  if (explicit) return { number: explicit[1]!, index: explicit.index, end: explicit.index + explicit[0].length }
  for (const m of s.matchAll(new RegExp(String.raw`\b(${NUMBER})\b`, 'g'))) {
    const before = s.slice(0, m.index)
    const after = s.slice(m.index + m[0].length)
    // "9e lid" is a lid; "273f lid 3" and "273e lid 2" are articles followed by their lid.
    const ordinalLid = /^\d+(?:e|de|ste)$/.test(m[1]!) && /^\s*lid\b(?!\s*\d)/.test(after)
    if (/\b(?:lid|onder|onderdeel|sub)\s*$/.test(before) || ordinalLid || after.startsWith('°')) continue
    return { number: m[1]!, index: m.index, end: m.index + m[0].length }
  }
  return null
}

/** "artikel 273f lid 12" for messages. */
export function describe(path: string): string {
  return path.split('/').map((seg) => seg.replace(':', ' ')).join(' ')
}
