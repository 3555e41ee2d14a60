/**
 * Rendering thousands of rows while the drafter types. Memoised rows alone still leave React to
 * create and compare one element per row on every keystroke (some 11,000 in a whole code); the
 * rows are therefore grouped in fixed chunks, each memoised on the very Row objects it shows, so
 * a keystroke re-renders the one chunk holding the edited row and skips the others whole.
 */
import { memo, type ReactNode } from 'react'
import type { Row } from '../model/rows.js'

export const CHUNK_SIZE = 64

/** `total` is the number of rows in the list (for aria-setsize and the like). */
export type RenderRow = (row: Row, index: number, current: boolean, total: number) => ReactNode

interface ChunkProps {
  readonly rows: readonly Row[]
  readonly start: number
  /** The current row's index when it lies in this chunk, else -1 (so other chunks stay put). */
  readonly current: number
  readonly render: RenderRow
  readonly total: number
}

const sameChunk = (a: ChunkProps, b: ChunkProps): boolean => {
  if (a.start !== b.start || a.current !== b.current || a.render !== b.render || a.total !== b.total || a.rows.length !== b.rows.length) return false
  for (let i = 0; i < a.rows.length; i++) if (a.rows[i] !== b.rows[i]) return false
  return true
}

const Chunk = memo(function Chunk({ rows, start, current, render, total }: ChunkProps) {
  return <>{rows.map((row, i) => render(row, start + i, start + i === current, total))}</>
}, sameChunk)

/** `rows` rendered by `render` (a stable function), chunk by chunk. */
export function RowChunks({ rows, current, render }: { rows: readonly Row[]; current: number; render: RenderRow }) {
  const chunks: ReactNode[] = []
  for (let start = 0; start < rows.length; start += CHUNK_SIZE) {
    const end = Math.min(rows.length, start + CHUNK_SIZE)
    chunks.push(
      <Chunk key={start} rows={rows.slice(start, end)} start={start} current={current >= start && current < end ? current : -1} render={render} total={rows.length} />,
    )
  }
  return <>{chunks}</>
}
