/** EU: Directive 2011/36/EU, Article 8 (not amended by Directive 2024/1712, from memory). */
import type { ProvisionModel } from '../model.js'

export const EU_ART8: ProvisionModel = {
  id: 'eu-art8',
  name: { nl: 'EU Richtlijn 2011/36 art. 8', en: 'EU Directive 2011/36 art. 8' },
  citation: { nl: 'Richtlijn 2011/36/EU van 5 april 2011, artikel 8', en: 'Directive 2011/36/EU of 5 April 2011, Article 8' },
  jurisdiction: 'European Union',
  texts: [
    {
      part: { nl: 'Artikel 8 (Engelse tekst)', en: 'Article 8 (English)' },
      language: 'en',
      status: 'unverified',
      source: { title: { nl: 'Uit het geheugen (legal/non-punishment.md: "fairly confident of this wording"); EUR-Lex niet geraadpleegd', en: 'From memory (legal/non-punishment.md: "fairly confident of this wording"); EUR-Lex not retrieved' }, url: 'https://eur-lex.europa.eu/legal-content/EN/ALL/?uri=CELEX%3A32011L0036' },
      text: [
        'Article 8 — Non-prosecution or non-application of penalties to the victim',
        'Member States shall, in accordance with the basic principles of their legal systems, take the necessary measures to ensure that competent national authorities are entitled not to prosecute or impose penalties on victims of trafficking in human beings for their involvement in criminal activities which they have been compelled to commit as a direct consequence of being subjected to any of the acts referred to in Article 2.',
      ].join('\n'),
    },
    {
      part: { nl: 'Duitse en Nederlandse tekst, zoals een vertaalgeheugensite ze aan elkaar koppelt', en: 'German and Dutch text as paired by a translation-memory site' },
      language: 'nl',
      status: 'verbatim-secondary',
      source: {
        title: { nl: 'wordscope.be (vertaalgeheugen van EU-teksten)', en: 'wordscope.be (translation memory of EU texts)' },
        url: 'http://www.wordscope.be/duits/nederlands/folge+davon+dass+sie+einer+solche+straftat+ausgesetzt+waren.html',
        note: 'The site does not show which EU document it comes from: treat as unverified as the Art. 8 text.',
      },
      text: [
        'DE: Jeder Mitgliedstaat trifft im Einklang mit den Grundsätzen seines Rechtssystems die Maßnahmen, die erforderlich sind, um den zuständigen nationalen Behörden die Befugnis zu verleihen, Opfer von Menschenhandel wegen ihrer Beteiligung an strafbaren Handlungen, zu der sie sich als unmittelbare Folge davon, dass sie Straftaten im Sinne des Artikels 2 ausgesetzt waren, gezwungen sahen, nicht strafrechtlich zu verfolgen oder zu bestrafen.',
        'NL: De lidstaten nemen, in overeenstemming met de grondbeginselen van hun rechtsorde, de nodige maatregelen om ervoor te zorgen dat de bevoegde nationale autoriteiten het recht hebben slachtoffers van mensenhandel niet te vervolgen en te bestraffen wegens gedwongen betrokkenheid bij criminele activiteiten die een rechtstreeks gevolg is van een van de in artikel 2 bedoelde, jegens hen gepleegde handelingen.',
      ].join('\n'),
    },
  ],
  parameters: {
    offences: { kind: 'all' },
    link: { compulsion: 'compelled', nexus: 'direct-consequence', reasonablePerson: 'none' },
    minors: { kind: 'same' },
    conditions: [],
    stage: 'both',
    burden: 'unspecified',
    discretion: 'may',
  },
  basis: [
    { parameter: 'offences', status: 'unverified', quote: 'for their involvement in criminal activities' },
    { parameter: 'link', status: 'unverified', quote: 'which they have been compelled to commit as a direct consequence of being subjected to any of the acts referred to in Article 2' },
    { parameter: 'link', status: 'verbatim-secondary', quote: 'gedwongen betrokkenheid bij criminele activiteiten die een rechtstreeks gevolg is' },
    { parameter: 'stage', status: 'unverified', quote: 'not to prosecute or impose penalties' },
    { parameter: 'discretion', status: 'unverified', quote: 'are entitled not to prosecute' },
    { parameter: 'discretion', status: 'verbatim-secondary', quote: 'het recht hebben slachtoffers van mensenhandel niet te vervolgen' },
    { parameter: 'burden', status: 'interpretation', note: 'A directive leaves procedure to the Member States.' },
    { parameter: 'minors', status: 'interpretation', note: 'Article 8 makes no separate rule for children.' },
  ],
  notes: [
    {
      nl: 'Een verplichting voor de lidstaat om niet vervolgen of niet bestraffen mogelijk te maken ("het recht hebben"), geen recht van het slachtoffer.',
      en: 'An obligation for the Member State to make non-prosecution or non-punishment possible ("entitled"), not a right of the victim.',
    },
    {
      nl: 'UIT HET GEHEUGEN, NIET GEVERIFIEERD: artikel 8 is niet gewijzigd door Richtlijn (EU) 2024/1712 (omzetting uiterlijk 15 juli 2026); controleer dit aan de geconsolideerde versie van 14/07/2024.',
      en: 'FROM MEMORY, UNVERIFIED: Article 8 was not amended by Directive (EU) 2024/1712 (transposition by 15 July 2026); verify against the consolidated version of 14/07/2024.',
    },
  ],
}
