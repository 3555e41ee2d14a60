/**
 * The provision tree. A `LegalText` is one version of a statute (or a part of one) as a tree of
 * units: artikel › lid › onderdeel › subonderdeel, with the divisions above articles (boek,
 * titeldeel, hoofdstuk …) kept only as headings, because article numbers are unique within a text
 * and a unit's path therefore never includes them (see contracts/comparison-json.md).
 */

/** Divisions above the article. They group articles but are not part of an article's path. */
export type DivisionType = 'boek' | 'titeldeel' | 'hoofdstuk' | 'afdeling' | 'paragraaf'

/**
 * Addressable units. `lid` is a numbered paragraph of an article; `onderdeel` an item of an
 * enumeration directly under an artikel or lid; `subonderdeel` an item inside an onderdeel
 * (repeated for deeper levels).
 */
export type UnitType = DivisionType | 'artikel' | 'lid' | 'onderdeel' | 'subonderdeel'

export interface Unit {
  readonly type: UnitType
  /** The number as written, without the trailing period: `273f`, `1`, `2a`, `1°`, `a`. */
  readonly number: string
  /** `artikel:273f/lid:1/onderdeel:3°` — see contracts/comparison-json.md. */
  readonly path: string
  /** Article or division title, e.g. "Misdrijven tegen de persoonlijke vrijheid". */
  readonly heading?: string
  /**
   * The unit's own text: for a unit with an enumeration, the lead-in before it
   * ("Als schuldig aan mensenhandel wordt … gestraft:"). Kept as found; normalised only for
   * comparison, never for display.
   */
  readonly text: string
  readonly children: readonly Unit[]
  /** 1-based line in the source file where the unit starts, for messages. Not part of the contract. */
  readonly line?: number
}

/** One version of a text: what a reader produces and what the engine compares. */
export interface LegalText {
  readonly label: string
  /** Where it came from, for provenance: a file name, "typed", a URL as text. */
  readonly source: string
  /**
   * Top-level units. Divisions (boek, titeldeel …) appear as units whose children are
   * articles; the engine addresses articles directly by their number, whatever division holds them.
   */
  readonly units: readonly Unit[]
}

/** The formats a reader accepts. `bwb` is the official XML of wetten.overheid.nl. */
export type TextFormat = 'md' | 'text' | 'bwb'

/** A non-fatal remark about the input, e.g. leden out of order; printed on stderr by the CLI. */
export interface ParseWarning {
  readonly message: string
  readonly line?: number
}

export interface ParseResult {
  readonly text: LegalText
  readonly warnings: readonly ParseWarning[]
}

/**
 * Why a text could not be read. Carries the line where known so that the user sees
 * `file:line: problem` and never a stack trace.
 */
export class ParseError extends Error {
  constructor(message: string, readonly line?: number) {
    super(message)
    this.name = 'ParseError'
  }
}
