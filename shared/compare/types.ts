/**
 * The comparison document, exactly as `contracts/comparison-json.md`: the one object the UI,
 * the reports and the CLI all read. Extend only with optional fields.
 */

export type ChangeKind = 'unchanged' | 'modified' | 'inserted' | 'deleted' | 'split' | 'merged'

/** One run of the word redline. Runs concatenate to the old text (equal + delete) and the new (equal + insert). */
export interface WordRun {
  readonly op: 'equal' | 'delete' | 'insert'
  readonly text: string
}

export interface Change {
  readonly kind: ChangeKind
  /** Paths in the old text ([] for `inserted`). */
  readonly old: readonly string[]
  /** Paths in the new text ([] for `deleted`). */
  readonly new: readonly string[]
  /** The number changed (lid:3 → lid:4, onderdeel:4° → lid:2). */
  readonly renumbered?: boolean
  /** Now under another parent, or at a position among its siblings not explained by insertions and deletions. */
  readonly moved?: boolean
  /** 0..1, share of the text in common (1 for unchanged). */
  readonly similarity?: number
  /** Word redline of the unit's own text, for modified, split and merged. */
  readonly words?: readonly WordRun[]
  /**
   * Extension (optional): true when the word redline hit its time or size bound and shows the
   * whole text as deleted and inserted instead of a minimal redline.
   */
  readonly approximate?: boolean
}

export interface ComparisonSide {
  readonly label: string
  /** Number of addressable units (artikel and below). */
  readonly units: number
}

export interface ComparisonStats {
  unchanged: number
  modified: number
  inserted: number
  deleted: number
  split: number
  merged: number
}

export interface Comparison {
  readonly format: 'renvooi.comparison'
  readonly version: 1
  readonly old: ComparisonSide
  readonly new: ComparisonSide
  readonly changes: readonly Change[]
  readonly stats: ComparisonStats
}
