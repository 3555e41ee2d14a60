/**
 * The variants side by side: one row per parameter, rows that differ marked in words ("verschilt")
 * and not only by colour, then each variant's Dutch text as a renvooi against the first.
 */
import type { VariantComparison } from '../../shared/provisions/compare-variants.js'
import { RenvooiRuns } from '../views/RenvooiRuns.js'

export function VariantTable({ comparison }: { comparison: VariantComparison }) {
  const labelOf = (id: string) => comparison.variants.find((v) => v.id === id)?.label ?? id
  return (
    <section className="np-compare" aria-label="Varianten vergeleken">
      <table className="np-table">
        <thead>
          <tr>
            <th scope="col">Parameter</th>
            {comparison.variants.map((v) => (
              <th key={v.id} scope="col">{v.label}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {comparison.rows.map((r) => (
            <tr key={r.parameter} className={r.differs ? 'np-differs' : undefined}>
              <th scope="row">
                {r.label}
                {r.differs && <span className="badge np-badge-differs"> verschilt</span>}
              </th>
              {r.values.map((value, i) => (
                <td key={i}>{value}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {comparison.redlines.map((r) => (
        <div key={r.other} className="np-redline">
          <h4>
            {labelOf(r.base)} → {labelOf(r.other)}
          </h4>
          <p>
            <RenvooiRuns runs={r.runs} side="both" />
          </p>
        </div>
      ))}
    </section>
  )
}
