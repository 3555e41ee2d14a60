/** Who the selected variant protects: forms of exploitation of art. 273f lid 2, groups, exclusions, caveats. */
import type { CoverageReport } from '../../shared/provisions/coverage.js'

const STATUS = { covered: 'gedekt', partly: 'deels gedekt', 'not-covered': 'niet gedekt' } as const

export function CoverageTable({ report }: { report: CoverageReport }) {
  return (
    <section className="np-coverage" aria-label="Dekking">
      <table className="np-table">
        <thead>
          <tr>
            <th scope="col">Vorm van uitbuiting (art. 273f lid 2)</th>
            <th scope="col">Dekking</th>
            <th scope="col">Niet gedekt</th>
          </tr>
        </thead>
        <tbody>
          {report.forms.map((f) => (
            <tr key={f.form} data-form={f.form}>
              <th scope="row">{f.nl}</th>
              <td className={`np-${f.status}`}>{STATUS[f.status]}</td>
              <td>
                {f.offences
                  .filter((o) => !o.covered)
                  .map((o) => `${o.offence.nl}: ${o.reason}${o.status === 'unverified' ? ' (onverifieerd)' : ''}`)
                  .join('; ') || '—'}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <dl className="np-groups">
        <dt>Volwassenen</dt>
        <dd>{report.adults.test}</dd>
        <dt>Minderjarigen</dt>
        <dd>{report.minors.test}</dd>
      </dl>
      {report.caveats.length > 0 && (
        <ul className="np-caveats">
          {report.caveats.map((c) => (
            <li key={c}>{c}</li>
          ))}
        </ul>
      )}
    </section>
  )
}
