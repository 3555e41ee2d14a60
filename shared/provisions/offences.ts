/**
 * The offences the coverage check reasons about: the serious offences of UK MSA Schedule 4 (with a
 * Dutch counterpart each), the forms of exploitation of art. 273f lid 2 Sr, and for each form the
 * offences its victims are typically made to commit. The typical offences are an illustrative
 * drafting aid, not an empirical finding; their Dutch maximum penalties are there only to place
 * them against a "lighter offences only" scope and should be checked against the current text.
 */
import type { ExcludedOffence, SeriousCategory } from './parameters.js'

/**
 * UK Modern Slavery Act 2015, Schedule 4. Items 1–7 (up to OAPA s. 21) are VERBATIM in
 * legal/non-punishment.md; the rest is that file's summary FROM MEMORY, UNVERIFIED, and is marked so.
 */
export const SCHEDULE_4: readonly ExcludedOffence[] = [
  { original: 'False imprisonment', nl: 'wederrechtelijke vrijheidsberoving', category: 'vrijheid', status: 'verbatim' },
  { original: 'Kidnapping', nl: 'ontvoering', category: 'vrijheid', status: 'verbatim' },
  { original: 'Manslaughter', nl: 'doodslag', category: 'leven', status: 'verbatim' },
  { original: 'Murder', nl: 'moord', category: 'leven', status: 'verbatim' },
  { original: 'Perverting the course of justice', nl: 'het belemmeren van de rechtsgang', category: 'rechtsgang', status: 'verbatim' },
  { original: 'Piracy', nl: 'zeeroof', category: 'zeeroof', status: 'verbatim' },
  { original: 'section 4 (soliciting murder)', nl: 'het aanzetten tot moord', category: 'leven', status: 'verbatim' },
  { original: 'section 16 (threats to kill)', nl: 'bedreiging met een misdrijf tegen het leven gericht', category: 'zwaar-geweld', status: 'verbatim' },
  { original: 'section 18 (wounding with intent to cause grievous bodily harm)', nl: 'zware mishandeling', category: 'zwaar-geweld', status: 'verbatim' },
  { original: 'section 20 (malicious wounding)', nl: 'mishandeling die zwaar lichamelijk letsel ten gevolge heeft', category: 'zwaar-geweld', status: 'verbatim' },
  { original: 'section 21 (attempting to choke, suffocate or strangle in order to commit …', nl: 'verwurging of verstikking om een misdrijf te plegen', category: 'zwaar-geweld', status: 'verbatim' },
  { original: 'explosives offences (OAPA 1861, Explosive Substances Act 1883)', nl: 'misdrijven met explosieven', category: 'wapens-explosieven', status: 'unverified' },
  { original: 'firearms offences (Firearms Act 1968)', nl: 'misdrijven met vuurwapens', category: 'wapens-explosieven', status: 'unverified' },
  { original: 'robbery, aggravated burglary (Theft Act 1968)', nl: 'diefstal met geweld', category: 'geweld-vermogen', status: 'unverified' },
  { original: 'blackmail (Theft Act 1968)', nl: 'afpersing', category: 'geweld-vermogen', status: 'unverified' },
  { original: 'criminal damage or arson endangering life (Criminal Damage Act 1971)', nl: 'brandstichting of vernieling waardoor levensgevaar voor een ander te duchten is', category: 'brand', status: 'unverified' },
  { original: 'hijacking and aviation or maritime security offences', nl: 'kaping', category: 'kaping', status: 'unverified' },
  { original: 'serious Sexual Offences Act 2003 offences (rape, assault by penetration …)', nl: 'verkrachting en andere ernstige zedenmisdrijven', category: 'zeden', status: 'unverified' },
  { original: 'torture (CJA 1988 s. 134)', nl: 'foltering', category: 'foltering', status: 'unverified' },
  { original: 'terrorism offences (Terrorism Acts 2000/2006)', nl: 'terroristische misdrijven', category: 'terrorisme', status: 'unverified' },
  { original: 'slavery and trafficking offences (MSA ss. 1 and 2)', nl: 'mensenhandel', category: 'mensenhandel', status: 'unverified' },
]

/** The forms of exploitation of art. 273f lid 2 Sr (current text), in its order; `en` is an English rendering for the interface. */
export const EXPLOITATION_FORMS = [
  { id: 'prostitutie', nl: 'uitbuiting in de prostitutie', en: 'exploitation in prostitution' },
  { id: 'seksueel', nl: 'andere vormen van seksuele uitbuiting', en: 'other forms of sexual exploitation' },
  { id: 'arbeid', nl: 'gedwongen of verplichte arbeid of diensten, met inbegrip van bedelarij', en: 'forced or compulsory labour or services, including begging' },
  { id: 'slavernij', nl: 'slavernij en met slavernij te vergelijken praktijken', en: 'slavery and practices similar to slavery' },
  { id: 'dienstbaarheid', nl: 'dienstbaarheid', en: 'servitude' },
  { id: 'strafbare-activiteiten', nl: 'uitbuiting van strafbare activiteiten', en: 'exploitation of criminal activities' },
] as const

export type ExploitationForm = (typeof EXPLOITATION_FORMS)[number]['id']

/** An offence victims of a form of exploitation are typically made to commit. */
export interface TypicalOffence {
  readonly id: string
  readonly nl: string
  /** The same in English, for the English interface. */
  readonly en: string
  /** Dutch statutory maximum in years of imprisonment; null for an overtreding (no gevangenisstraf). */
  readonly maxYears: number | null
  /** The serious-offence group it falls in, if any, so exclusion lists can reach it. */
  readonly category?: SeriousCategory
}

export const TYPICAL_OFFENCES: Readonly<Record<string, TypicalOffence>> = {
  diefstal: { id: 'diefstal', nl: 'winkeldiefstal of zakkenrollen (diefstal, art. 310 Sr)', en: 'shoplifting or pickpocketing (theft, art. 310 Sr)', maxYears: 4 },
  inbraak: { id: 'inbraak', nl: 'inbraak (gekwalificeerde diefstal, art. 311 Sr)', en: 'burglary (aggravated theft, art. 311 Sr)', maxYears: 6 },
  straatroof: { id: 'straatroof', nl: 'straatroof (diefstal met geweld, art. 312 Sr)', en: 'street robbery (theft with violence, art. 312 Sr)', maxYears: 9, category: 'geweld-vermogen' },
  // Opiumwet art. 10 lid 3 (harddrugs, handel); approximate, check before relying on it.
  drugs: { id: 'drugs', nl: 'drugs vervoeren of verkopen (Opiumwet)', en: 'transporting or selling drugs (Opium Act)', maxYears: 6 },
  witwassen: { id: 'witwassen', nl: 'als geldezel optreden (witwassen, art. 420bis Sr)', en: 'acting as a money mule (money laundering, art. 420bis Sr)', maxYears: 6 },
  oplichting: { id: 'oplichting', nl: 'uitkerings- of identiteitsfraude (oplichting, art. 326 Sr)', en: 'benefit or identity fraud (fraud, art. 326 Sr)', maxYears: 4 },
  documenten: { id: 'documenten', nl: 'gebruik van valse documenten (valsheid in geschrifte, art. 225 Sr)', en: 'using false documents (forgery, art. 225 Sr)', maxYears: 6 },
  bedelarij: { id: 'bedelarij', nl: 'bedelen in strijd met een plaatselijke verordening', en: 'begging in breach of a local by-law', maxYears: null },
  mishandeling: { id: 'mishandeling', nl: 'mishandeling in opdracht (art. 300 Sr)', en: 'assault on the orders of another (art. 300 Sr)', maxYears: 3 },
  werving: { id: 'werving', nl: 'andere slachtoffers werven of onder druk zetten (mensenhandel, art. 273f Sr)', en: 'recruiting or pressuring other victims (trafficking in human beings, art. 273f Sr)', maxYears: 12, category: 'mensenhandel' },
}

/** Per form, the typical offences (ids of TYPICAL_OFFENCES). Illustrative, see the file comment. */
export const TYPICAL_BY_FORM: Readonly<Record<ExploitationForm, readonly string[]>> = {
  prostitutie: ['documenten', 'werving'],
  seksueel: ['documenten', 'werving'],
  arbeid: ['bedelarij', 'documenten', 'oplichting'],
  slavernij: ['documenten', 'mishandeling'],
  dienstbaarheid: ['documenten', 'diefstal'],
  'strafbare-activiteiten': ['diefstal', 'inbraak', 'drugs', 'witwassen', 'straatroof', 'werving'],
}
