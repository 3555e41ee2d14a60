/** Scotland: Human Trafficking and Exploitation (Scotland) Act 2015, s. 8 — prosecutorial instructions, no defence. */
import type { ProvisionModel } from '../model.js'

export const SCOTLAND_S8: ProvisionModel = {
  id: 'scotland-s8',
  name: { nl: 'Schotland s. 8', en: 'Scotland s. 8' },
  citation: { nl: 'Human Trafficking and Exploitation (Scotland) Act 2015 (asp 12), section 8', en: 'Human Trafficking and Exploitation (Scotland) Act 2015 (asp 12), section 8' },
  jurisdiction: 'Scotland',
  texts: [
    {
      part: { nl: 'Explanatory Notes (toelichting), paras. 39–41 (de wettekst zelf is niet opgehaald)', en: 'Explanatory Notes, paras. 39–41 (the statutory text itself was not retrieved)' },
      language: 'en',
      status: 'verbatim',
      source: { title: { nl: 'legislation.gov.uk, Explanatory Notes bij asp 2015/12', en: 'legislation.gov.uk, Explanatory Notes to asp 2015/12' }, url: 'https://www.legislation.gov.uk/asp/2015/12/notes/division/3/2?view=plain' },
      text: [
        'Section 8: Lord Advocate’s instructions on prosecution of victims of offences',
        '39. Section 8 places a duty on the Lord Advocate to prepare and publish instructions for prosecutors about the prosecution of suspected or confirmed victims of the offence of human trafficking and the offence under section 4 of the Act.',
        '40. Subsection (2) sets out that the instructions must include factors to be taken into account or steps to be taken when deciding whether to prosecute a person who does an act which constitutes an offence having been compelled to do so and that the compulsion is directly attributable to the person being, or appearing to be, a victim of an offence of human trafficking or, as the case may be, under section 4 of the Act.',
        '41. Subsection (3) provides that the Lord Advocate may, from time to time, revise the instructions.',
      ].join('\n'),
    },
    {
      part: { nl: 'Instructies van de Lord Advocate, para. 2', en: 'Lord Advocate’s instructions, para. 2' },
      language: 'en',
      status: 'verbatim',
      source: {
        title: { nl: 'COPFS, Lord Advocate’s instructions for non-prosecution of victims of human trafficking (24 mei 2016, bijgewerkt 25 aug. 2021)', en: 'COPFS, Lord Advocate’s instructions for non-prosecution of victims of human trafficking (24 May 2016, updated 25 Aug 2021)' },
        url: 'https://www.copfs.gov.uk/publications/lord-advocate-s-instructions-non-prosecution-of-victims-of-human-trafficking/html/',
      },
      text: 'Section 8 of the Human Trafficking and Exploitation (Scotland) Act 2015 (the Act) places an obligation on the Lord Advocate to make and publish instructions about the prosecution of a person who is, or appears to be, the victim of a human trafficking offence or an offence under section 4 of the Act (covering slavery, servitude and forced or compulsory labour). […]',
    },
    {
      part: { nl: 's. 8 (bij benadering)', en: 's. 8 (approximate)' },
      language: 'en',
      status: 'unverified',
      source: { title: { nl: 'Uit het geheugen (legal/non-punishment.md), bij benadering, niet gecontroleerd', en: 'From memory (legal/non-punishment.md), approximate, not checked' } },
      text: [
        '8 Lord Advocate\'s instructions: prosecution of victims of offences',
        '(1) The Lord Advocate must issue and publish instructions about the prosecution of a person who is, or appears to be, the victim of an offence— (a) of human trafficking, or (b) under section 4.',
        '(2) The instructions must, in particular, include factors to be taken into account or steps to be taken by the prosecutor when deciding whether to prosecute a person who is, or appears to be, the victim of such an offence, where the person has been compelled to do the act which constitutes the offence and the compulsion appears to be directly attributable to the person being the victim of that offence.',
        '(3) The Lord Advocate may from time to time revise the instructions.',
      ].join('\n'),
    },
  ],
  parameters: {
    offences: { kind: 'all' },
    link: { compulsion: 'compelled', nexus: 'direct-consequence', reasonablePerson: 'none' },
    minors: { kind: 'same' },
    conditions: [],
    stage: 'not-prosecuting',
    burden: 'authority-assesses',
    discretion: 'may',
  },
  basis: [
    { parameter: 'offences', status: 'verbatim', quote: 'a person who does an act which constitutes an offence', note: 'No offences are excluded by the notes; what the instructions themselves exclude was not retrieved.' },
    { parameter: 'link', status: 'verbatim', quote: 'having been compelled to do so and that the compulsion is directly attributable to the person being, or appearing to be, a victim' },
    { parameter: 'stage', status: 'verbatim', quote: 'when deciding whether to prosecute' },
    { parameter: 'discretion', status: 'interpretation', note: 'The Act obliges the Lord Advocate to issue instructions; the decision in a case stays with the prosecutor.' },
    { parameter: 'burden', status: 'interpretation', note: 'The prosecutor weighs the factors of the instructions of its own motion.' },
    { parameter: 'minors', status: 'interpretation', note: 'The notes make no separate rule for children; whether the instructions do was not retrieved.' },
  ],
  notes: [
    {
      nl: 'Geen wettelijk verweer: de wet verplicht de Lord Advocate instructies voor de aanklagers vast te stellen en bekend te maken.',
      en: 'No statutory defence: the Act obliges the Lord Advocate to publish instructions for prosecutors.',
    },
    {
      nl: 'Geldt voor wie slachtoffer is of lijkt te zijn — de aanklager hoeft niet op een formele identificatie te wachten.',
      en: 'Covers victims who are, or appear to be, victims — the prosecutor need not wait for a formal identification.',
    },
  ],
}
