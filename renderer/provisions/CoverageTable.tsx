/**
 * Who the selected variant protects: forms of exploitation of art. 273f lid 2, groups, exclusions,
 * caveats. The reasons, tests and caveats come from shared/provisions in the interface language.
 * The forms quote the statute: in English they are shown in English with the Dutch words after
 * them, marked lang="nl" for screen readers.
 */
import type { CoverageReport, FormCoverage } from '../../shared/provisions/coverage.js'
import { useI18n, type MessageKey } from '../i18n/index.js'

const STATUS: Readonly<Record<FormCoverage['status'], MessageKey>> = {
  covered: 'provisions.coverage.covered',
  partly: 'provisions.coverage.partly',
  'not-covered': 'provisions.coverage.notCovered',
}

export function CoverageTable({ report }: { report: CoverageReport }) {
  const { t, language } = useI18n()
  return (
    <section className="np-coverage" aria-label={t('provisions.coverage')}>
      <table className="np-table">
        <thead>
          <tr>
            <th scope="col">{t('provisions.coverage.form')}</th>
            <th scope="col">{t('provisions.coverage.status')}</th>
            <th scope="col">{t('provisions.coverage.notCoveredColumn')}</th>
          </tr>
        </thead>
        <tbody>
          {report.forms.map((f) => (
            <tr key={f.form} data-form={f.form}>
              {language === 'en' ? (
                <th scope="row">
                  {f.en} (<span lang="nl">{f.nl}</span>)
                </th>
              ) : (
                <th scope="row" lang="nl">{f.nl}</th>
              )}
              <td className={`np-${f.status}`}>{t(STATUS[f.status])}</td>
              <td lang={language}>
                {f.offences
                  .filter((o) => !o.covered)
                  .map((o) => {
                    const reason = `${language === 'en' ? o.offence.en : o.offence.nl}: ${o.reason}`
                    return o.status === 'unverified' ? t('provisions.coverage.unverified', { reason }) : reason
                  })
                  .join('; ') || '—'}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <dl className="np-groups">
        <dt>{t('provisions.group.adults')}</dt>
        <dd lang={language}>{report.adults.test}</dd>
        <dt>{t('provisions.group.minors')}</dt>
        <dd lang={language}>{report.minors.test}</dd>
      </dl>
      {report.caveats.length > 0 && (
        <ul className="np-caveats" lang={language}>
          {report.caveats.map((c) => (
            <li key={c}>{c}</li>
          ))}
        </ul>
      )}
    </section>
  )
}
