/** Council of Europe Convention on Action against Trafficking in Human Beings (CETS No. 197), Article 26. */
import type { ProvisionModel } from '../model.js'

export const COE_ART26: ProvisionModel = {
  id: 'coe-art26',
  name: { nl: 'Verdrag Raad van Europa art. 26', en: 'Council of Europe Convention art. 26' },
  citation: { nl: 'Verdrag van de Raad van Europa inzake bestrijding van mensenhandel (CETS nr. 197, Warschau, 16.V.2005), artikel 26', en: 'Council of Europe Convention on Action against Trafficking in Human Beings (CETS No. 197, Warsaw, 16.V.2005), Article 26' },
  jurisdiction: 'Council of Europe',
  texts: [
    {
      part: { nl: 'Artikel 26 (Engelse tekst)', en: 'Article 26' },
      language: 'en',
      status: 'unverified',
      source: { title: { nl: 'Uit het geheugen (legal/non-punishment.md: "high confidence"); de tekst van het artikel is niet opgehaald', en: 'From memory (legal/non-punishment.md: "high confidence"); the article text was not retrieved' } },
      text: [
        'Article 26 – Non-punishment provision',
        'Each Party shall, in accordance with the basic principles of its legal system, provide for the possibility of not imposing penalties on victims for their involvement in unlawful activities, to the extent that they have been compelled to do so.',
      ].join('\n'),
    },
  ],
  parameters: {
    offences: { kind: 'all' },
    link: { compulsion: 'compelled', nexus: 'none', reasonablePerson: 'none' },
    minors: { kind: 'same' },
    conditions: [],
    stage: 'not-punishing',
    burden: 'unspecified',
    discretion: 'may',
  },
  basis: [
    { parameter: 'offences', status: 'unverified', quote: 'for their involvement in unlawful activities' },
    { parameter: 'link', status: 'unverified', quote: 'to the extent that they have been compelled to do so', note: 'No express link to the trafficking beyond the compulsion.' },
    { parameter: 'stage', status: 'unverified', quote: 'not imposing penalties' },
    { parameter: 'discretion', status: 'unverified', quote: 'provide for the possibility of not imposing penalties' },
    { parameter: 'burden', status: 'interpretation', note: 'A treaty leaves procedure to the Parties.' },
  ],
  notes: [
    {
      nl: 'Het ruimste en vaagste model: alleen dwang, geen uitzonderingen, en alleen een "mogelijkheid" om niet te straffen.',
      en: 'The widest and vaguest model: only compulsion, no exclusions, and only a "possibility" of not punishing.',
    },
  ],
}
