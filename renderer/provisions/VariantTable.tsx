/**
 * The variants side by side: one row per parameter, rows that differ marked in words ("verschilt" /
 * "differs") and not only by colour, then each variant's Dutch text as a renvooi against the first.
 * The values come from shared/provisions in the interface language; the texts stay Dutch (lang="nl").
 */
import type { VariantComparison } from '../../shared/provisions/compare-variants.js'
import { useI18n } from '../i18n/index.js'
import { RenvooiRuns } from '../views/RenvooiRuns.js'
import { PARAMETER_KEYS } from './parameter-labels.js'

export function VariantTable({ comparison }: { comparison: VariantComparison }) {
  const { t, language } = useI18n()
  const labelOf = (id: string) => comparison.variants.find((v) => v.id === id)?.label ?? id
  return (
    <section className="np-compare" aria-label={t('provisions.compared')}>
      <table className="np-table">
        <thead>
          <tr>
            <th scope="col">{t('provisions.compared.parameter')}</th>
            {comparison.variants.map((v) => (
              <th key={v.id} scope="col">{v.label}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {comparison.rows.map((r) => (
            <tr key={r.parameter} className={r.differs ? 'np-differs' : undefined}>
              <th scope="row">
                {t(PARAMETER_KEYS[r.parameter])}
                {r.differs && <span className="badge np-badge-differs"> {t('provisions.compared.differs')}</span>}
              </th>
              {r.values.map((value, i) => (
                <td key={i} lang={language}>{value}</td>
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
          <p lang="nl">
            <RenvooiRuns runs={r.runs} side="both" />
          </p>
        </div>
      ))}
    </section>
  )
}
