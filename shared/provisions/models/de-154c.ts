/** Germany: Strafprozessordnung § 154c (2) — discretionary non-prosecution of a victim who reports. */
import type { ProvisionModel } from '../model.js'

export const DE_154C: ProvisionModel = {
  id: 'de-154c',
  name: { nl: 'Duitsland § 154c StPO', en: 'Germany § 154c StPO' },
  citation: { nl: 'Strafprozessordnung (Duitsland), § 154c Abs. 2', en: 'Strafprozessordnung (Germany), § 154c Abs. 2' },
  jurisdiction: 'Deutschland',
  texts: [
    {
      part: { nl: '§ 154c', en: '§ 154c' },
      language: 'de',
      status: 'verbatim',
      source: {
        title: { nl: 'GitHub bundestag/gesetze, s/stpo/index.md, commit 77abca2ceea3b7b89ea70afb13b5dd55415eb124 (2022-03-26)', en: 'GitHub bundestag/gesetze, s/stpo/index.md, commit 77abca2ceea3b7b89ea70afb13b5dd55415eb124 (2022-03-26)' },
        url: 'https://github.com/bundestag/gesetze',
        note: 'Amtliches Werk, § 5 UrhG.',
      },
      text: [
        '§ 154c Absehen von der Verfolgung des Opfers einer Nötigung oder Erpressung',
        '(1) Ist eine Nötigung oder Erpressung (§§ 240, 253 des Strafgesetzbuches) durch die Drohung begangen worden, eine Straftat zu offenbaren, so kann die Staatsanwaltschaft von der Verfolgung der Tat, deren Offenbarung angedroht worden ist, absehen, wenn nicht wegen der Schwere der Tat eine Sühne unerläßlich ist.',
        '(2) Zeigt das Opfer einer Nötigung oder Erpressung oder eines Menschenhandels (§§ 240, 253, 232 des Strafgesetzbuches) diese Straftat an (§ 158) und wird hierdurch bedingt ein vom Opfer begangenes Vergehen bekannt, so kann die Staatsanwaltschaft von der Verfolgung des Vergehens absehen, wenn nicht wegen der Schwere der Tat eine Sühne unerlässlich ist.',
      ].join('\n'),
    },
  ],
  parameters: {
    // Vergehen: minimum penalty below one year (§ 12 StGB). Dutch law has no minima; eight years
    // as a maximum is the workbench's approximation, to be set by the drafter.
    offences: { kind: 'only-lighter', maxYears: 8 },
    link: { compulsion: 'none', nexus: 'none', reasonablePerson: 'none' },
    minors: { kind: 'same' },
    conditions: ['victim-reports', 'gravity-exception'],
    stage: 'not-prosecuting',
    burden: 'authority-assesses',
    discretion: 'may',
  },
  basis: [
    { parameter: 'offences', status: 'verbatim', quote: 'ein vom Opfer begangenes Vergehen', note: 'Only Vergehen, not Verbrechen; the Dutch threshold of eight years is an approximation.' },
    { parameter: 'link', status: 'verbatim', quote: 'wird hierdurch bedingt ein vom Opfer begangenes Vergehen bekannt', note: 'The link is to the report, not to the trafficking: any Vergehen that comes to light.' },
    { parameter: 'conditions', status: 'verbatim', quote: 'Zeigt das Opfer einer Nötigung oder Erpressung oder eines Menschenhandels' },
    { parameter: 'conditions', status: 'verbatim', quote: 'wenn nicht wegen der Schwere der Tat eine Sühne unerlässlich ist' },
    { parameter: 'stage', status: 'verbatim', quote: 'von der Verfolgung des Vergehens absehen' },
    { parameter: 'discretion', status: 'verbatim', quote: 'so kann die Staatsanwaltschaft' },
    { parameter: 'burden', status: 'interpretation', note: 'A prosecutorial discretion, weighed by the Staatsanwaltschaft.' },
  ],
  notes: [
    {
      nl: 'Alleen als het slachtoffer aangifte doet van de mensenhandel: de bepaling beschermt wie zich meldt, niet slachtoffers als zodanig.',
      en: 'Conditional on the victim reporting the trafficking: it protects those who come forward, not victims as such.',
    },
  ],
}
