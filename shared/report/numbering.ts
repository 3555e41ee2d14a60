/**
 * The numbering schemes of leden and onderdelen (aanwijzing 3.59): 1, 2, 3 for leden; a, b, c or
 * 1°, 2°, 3° for onderdelen. Renumbering instructions ("onder vernummering van het tweede tot en
 * met vierde lid tot derde tot en met vijfde lid") only make sense inside one scheme, counted
 * without gaps; anything else (a lid 2a, a switch from 1° to a) is left to "komt te luiden".
 */
export type Scheme = 'digits' | 'degrees' | 'letters'

export function schemeOf(number: string): Scheme | null {
  if (/^[1-9]\d*$/.test(number)) return 'digits'
  if (/^[1-9]\d*°$/.test(number)) return 'degrees'
  if (/^[a-z]$/.test(number)) return 'letters'
  return null
}

/** Position (1-based) of a number in its scheme. */
export function positionOf(number: string): number {
  const s = schemeOf(number)
  if (s === 'letters') return number.charCodeAt(0) - 96
  return parseInt(number, 10)
}

/** The number at a position (1-based) of a scheme; null past "z". */
export function numberAt(scheme: Scheme, position: number): string | null {
  if (scheme === 'letters') return position >= 1 && position <= 26 ? String.fromCharCode(96 + position) : null
  return scheme === 'degrees' ? `${position}°` : String(position)
}

/** The scheme of a list numbered 1, 2, 3 … (or a, b, c …) without gaps from the start; null otherwise. */
export function consecutiveScheme(numbers: readonly string[]): Scheme | null {
  if (!numbers.length) return null
  const s = schemeOf(numbers[0]!)
  if (!s) return null
  return numbers.every((n, i) => n === numberAt(s, i + 1)) ? s : null
}
