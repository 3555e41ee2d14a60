/**
 * The word redline. Deleted words are `<del>` (struck through), inserted words `<ins>`
 * (underlined): the semantics and the line style carry the meaning, colour only helps.
 */
import type { WordRun } from '../../shared/compare/types.js'

export type RunSide = 'old' | 'new' | 'both'

export function RenvooiRuns({ runs, side }: { runs: readonly WordRun[]; side: RunSide }) {
  return (
    <>
      {runs.map((run, i) => {
        if (run.op === 'equal') return <span key={i}>{run.text}</span>
        if (run.op === 'delete') return side === 'new' ? null : <del key={i}>{run.text}</del>
        return side === 'old' ? null : <ins key={i}>{run.text}</ins>
      })}
    </>
  )
}
