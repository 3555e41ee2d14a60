/**
 * Dutch ordinals for citing leden the way the Aanwijzingen do ("het tweede lid", "het
 * eenentwintigste lid", aanwijzing 3.29), and back, for reading amendment instructions.
 */
const FIRST = ['', 'eerste', 'tweede', 'derde', 'vierde', 'vijfde', 'zesde', 'zevende', 'achtste', 'negende', 'tiende',
  'elfde', 'twaalfde', 'dertiende', 'veertiende', 'vijftiende', 'zestiende', 'zeventiende', 'achttiende', 'negentiende']
const UNITS = ['', 'een', 'twee', 'drie', 'vier', 'vijf', 'zes', 'zeven', 'acht', 'negen']
const TENS = ['', '', 'twintig', 'dertig', 'veertig', 'vijftig', 'zestig', 'zeventig', 'tachtig', 'negentig']

/** 1 → "eerste", 21 → "eenentwintigste", 22 → "tweeëntwintigste"; up to 99. */
export function ordinal(n: number): string {
  if (n < 1 || n > 99 || !Number.isInteger(n)) throw new RangeError(`no Dutch ordinal for ${n}`)
  if (n < 20) return FIRST[n]!
  const unit = UNITS[n % 10]!
  const tens = TENS[Math.floor(n / 10)]!
  // "twee" + "en" takes a trema where two vowels would run together: tweeëntwintig, drieëntwintig.
  return `${unit ? `${unit}${unit.endsWith('e') ? 'ën' : 'en'}` : ''}${tens}ste`
}

const BACK = new Map(Array.from({ length: 99 }, (_, i) => [ordinal(i + 1), i + 1]))

/** "tweede" → 2; undefined for anything else. */
export const parseOrdinal = (word: string): number | undefined => BACK.get(word.toLowerCase())
