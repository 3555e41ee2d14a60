/** Belgium: Strafwetboek art. 433quinquies § 5 (wet van 22 mei 2019, in force 1 July 2019). */
import type { ProvisionModel } from '../model.js'

export const BE_433QUINQUIES: ProvisionModel = {
  id: 'be-433quinquies',
  name: { nl: 'België art. 433quinquies § 5', en: 'Belgium art. 433quinquies § 5' },
  citation: { nl: 'Strafwetboek (België), art. 433quinquies, § 5, ingevoegd bij wet van 22 mei 2019 (BS 21 juni 2019)', en: 'Strafwetboek (Belgian Criminal Code), art. 433quinquies, § 5, inserted by the Act of 22 May 2019 (Belgian Official Gazette, BS, 21 June 2019)' },
  jurisdiction: 'België',
  texts: [
    {
      part: { nl: '§ 5 (zoals geciteerd, met de inleiding en de bronvermelding van de commentator)', en: '§ 5 (as quoted, with the commentator’s lead-in and source line)' },
      language: 'nl',
      status: 'verbatim-secondary',
      source: { title: { nl: 'advocaten-leuven.be', en: 'advocaten-leuven.be' }, url: 'https://advocaten-leuven.be/bestraffingsbeginsel-slachtoffers-mensenhandel/' },
      text: [
        'Artikel 433 quinquies werd door de wetgever aangevuld met een paragraaf 5, luidende: “§ 5. Het slachtoffer van mensenhandel dat betrokken is bij misdrijven als rechtstreeks gevolg van zijn uitbuiting loopt geen straf op voor deze misdrijven.”',
        'Bron: De wet van 22 mei 2019 betreffende de handel in menselijke organen en betreffende het niet-bestraffingsbeginsel voor slachtoffers van mensenhandel, BS 21 juni 2019.',
      ].join('\n'),
    },
    {
      part: { nl: '§ 5 (Franse tekst)', en: '§ 5 (French)' },
      language: 'fr',
      status: 'unverified',
      source: { title: { nl: 'Uit het geheugen (legal/non-punishment.md)', en: 'From memory (legal/non-punishment.md)' } },
      text: 'La victime de la traite des êtres humains qui prend part à des infractions en conséquence directe de son exploitation n\'encourt aucune peine du chef de ces infractions.',
    },
  ],
  parameters: {
    offences: { kind: 'all' },
    link: { compulsion: 'none', nexus: 'direct-consequence', reasonablePerson: 'none' },
    minors: { kind: 'same' },
    conditions: [],
    stage: 'not-punishing',
    burden: 'unspecified',
    discretion: 'must',
  },
  basis: [
    { parameter: 'offences', status: 'verbatim-secondary', quote: 'betrokken is bij misdrijven', note: 'In Belgian law "misdrijven" covers misdaden, wanbedrijven and overtredingen.' },
    { parameter: 'link', status: 'verbatim-secondary', quote: 'als rechtstreeks gevolg van zijn uitbuiting', note: 'No compulsion test.' },
    { parameter: 'stage', status: 'verbatim-secondary', quote: 'loopt geen straf op voor deze misdrijven' },
    { parameter: 'discretion', status: 'verbatim-secondary', quote: 'loopt geen straf op' },
    { parameter: 'burden', status: 'interpretation', note: 'The paragraph is silent.' },
  ],
  notes: [
    {
      nl: 'Een strafuitsluitingsgrond in Nederlandstalige wettekst, dicht bij de Nederlandse wetgevingsstijl.',
      en: 'A ground excluding criminal liability (strafuitsluitingsgrond) in Dutch-language statute text, close to Dutch drafting style.',
    },
    {
      nl: 'UIT HET GEHEUGEN, NIET GEVERIFIEERD: het nieuwe Belgische Strafwetboek (wet van 29 februari 2024) zal de bepaling vernummeren.',
      en: 'FROM MEMORY, UNVERIFIED: the new Belgian Criminal Code (Act of 29 February 2024) will renumber the provision.',
    },
  ],
}
