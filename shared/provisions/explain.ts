/**
 * Plain-language labels and explanations of each parameter choice, for the workbench and for the
 * memorie van toelichting: what the choice means for a victim and for the openbaar ministerie.
 * Short labels (`describe`) fill the variant table; explanations (`explainParameters`) say why it matters.
 * Dutch by default; English (`'en'`) for the English interface. Only the explanations are
 * translated: the drafted clause (template.ts) stays Dutch statute text.
 */
import type { ExplanationLanguage } from './language.js'
import { minorsLink, type Condition, type Link, type NonPunishmentParameters, type OffenceScope, type ParameterName } from './parameters.js'

export type { ExplanationLanguage } from './language.js'

/** The Dutch parameter names (also used in the memorie van toelichting and the reports). */
export const PARAMETER_LABELS: Record<ParameterName, string> = {
  offences: 'Welke strafbare feiten',
  link: 'Verband met de mensenhandel',
  minors: 'Minderjarigen',
  conditions: 'Extra voorwaarden',
  stage: 'Fase',
  burden: 'Wie moet wat aantonen',
  discretion: 'Verplicht of bevoegdheid',
}

/** The English parameter names, as the English interface shows them. */
export const PARAMETER_LABELS_EN: Record<ParameterName, string> = {
  offences: 'Which offences',
  link: 'Link with the trafficking',
  minors: 'Minors',
  conditions: 'Further conditions',
  stage: 'Stage',
  burden: 'Who has to show what',
  discretion: 'Duty or power',
}

export const parameterLabels = (lang: ExplanationLanguage = 'nl'): Record<ParameterName, string> => (lang === 'en' ? PARAMETER_LABELS_EN : PARAMETER_LABELS)

const CONDITION_LABELS: Record<ExplanationLanguage, Record<Condition, string>> = {
  nl: {
    proportionality: 'evenredigheid tussen de uitbuiting en het feit',
    'victim-reports': 'het slachtoffer heeft aangifte gedaan',
    'gravity-exception': 'niet bij feiten die te ernstig zijn (per geval)',
  },
  en: {
    proportionality: 'proportionality between the exploitation and the offence',
    'victim-reports': 'the victim has reported the trafficking',
    'gravity-exception': 'not for offences too serious to be covered (case by case)',
  },
}

const LINK_LABELS = {
  nl: {
    compulsion: { none: 'geen dwang vereist', compelled: 'gedwongen', 'compelled-by-another-or-circumstances': 'gedwongen door een ander of door omstandigheden' },
    nexus: { 'direct-consequence': 'rechtstreeks gevolg van de uitbuiting', 'in-connection-with': 'in verband met de uitbuiting', none: 'geen verband met de uitbuiting vereist' },
    reasonablePerson: { none: 'geen redelijk-persoontoets', 'no-realistic-alternative': 'redelijk persoon had geen reëel alternatief', 'would-do-that-act': 'redelijk persoon zou hetzelfde hebben gedaan' },
  },
  en: {
    compulsion: { none: 'no compulsion required', compelled: 'compelled', 'compelled-by-another-or-circumstances': 'compelled by another person or by circumstances' },
    nexus: { 'direct-consequence': 'direct consequence of the exploitation', 'in-connection-with': 'in connection with the exploitation', none: 'no link with the exploitation required' },
    reasonablePerson: { none: 'no reasonable-person test', 'no-realistic-alternative': 'a reasonable person would have had no realistic alternative', 'would-do-that-act': 'a reasonable person would have done the same' },
  },
} as const satisfies Record<ExplanationLanguage, { [K in keyof Link]: Record<Link[K], string> }>

export function describeLink(l: Link, lang: ExplanationLanguage = 'nl'): string {
  const labels = LINK_LABELS[lang]
  return `${labels.compulsion[l.compulsion]}; ${labels.nexus[l.nexus]}; ${labels.reasonablePerson[l.reasonablePerson]}`
}

type ExceptList = Extract<OffenceScope, { kind: 'all-except' }>

/**
 * The name of an exclusion list as prose: its own name ("Schedule 4"), or, for a list the drafter
 * has not named (an own design), a description in `lang`.
 */
export const exceptListName = (o: ExceptList, lang: ExplanationLanguage = 'nl'): string =>
  o.listName.trim() || (lang === 'en' ? 'a list of serious offences' : 'een lijst van ernstige feiten')

/** The short value of an all-except scope; an empty list (content unknown or not yet filled in) says so, rather than "0 listed". */
function describeExcept(o: ExceptList, lang: ExplanationLanguage): string {
  const en = lang === 'en'
  const named = o.listName.trim() !== ''
  if (o.excluded.length === 0) {
    if (!named) return en ? 'all except a list of serious offences (no offences listed yet)' : 'alle behalve een lijst van ernstige feiten (nog geen feiten genoemd)'
    if (o.complete) return en ? `all offences (${o.listName} lists none)` : `alle strafbare feiten (${o.listName} noemt er geen)`
    return en ? `all except the offences in ${o.listName} (list not reproduced here)` : `alle behalve de feiten in ${o.listName} (lijst hier niet weergegeven)`
  }
  const name = exceptListName(o, lang)
  return en
    ? `all except ${name} (${o.excluded.length} listed${o.complete ? '' : ', list not fully known'})`
    : `alle behalve ${name} (${o.excluded.length} genoemd${o.complete ? '' : ', lijst niet volledig bekend'})`
}

/** What the explanation adds about the reliability of an exclusion list. */
function listNote(o: ExceptList, lang: ExplanationLanguage): string {
  const en = lang === 'en'
  if (o.excluded.length === 0 && !o.complete) {
    if (!o.listName.trim()) return en ? ' No offences have been listed yet.' : ' Er zijn nog geen feiten op de lijst gezet.'
    return en ? ' Note: the content of the list is not reproduced here; which offences it excludes is not known.' : ' Let op: de inhoud van de lijst is hier niet weergegeven; welke feiten zij uitsluit, is niet bekend.'
  }
  if (o.complete) return ''
  return en ? ' Note: the list has not been fully verified.' : ' Let op: de lijst is niet volledig geverifieerd.'
}

/** "eight years'", "one year's": a maximum term in English prose. */
const termEn = (n: number): string => (n === 1 ? "one year's" : `${n} years'`)

/** The short value of one parameter, as the variant table shows it. */
export function describe(p: NonPunishmentParameters, name: ParameterName, lang: ExplanationLanguage = 'nl'): string {
  const en = lang === 'en'
  switch (name) {
    case 'offences': {
      const o = p.offences
      if (o.kind === 'all') return en ? 'all offences' : 'alle strafbare feiten'
      if (o.kind === 'only-lighter') return en ? `only lighter offences (maximum of ${termEn(o.maxYears)} imprisonment or less)` : `alleen lichtere feiten (ten hoogste ${o.maxYears} jaar gevangenisstraf)`
      return describeExcept(o, lang)
    }
    case 'link':
      return describeLink(p.link, lang)
    case 'minors':
      if (p.minors.kind === 'same') return en ? 'same test as for adults' : 'zelfde toets als volwassenen'
      return `${en ? 'separate test' : 'eigen toets'}: ${describeLink(p.minors.link, lang)}`
    case 'conditions':
      return p.conditions.length ? p.conditions.map((c) => CONDITION_LABELS[lang][c]).join('; ') : en ? 'none' : 'geen'
    case 'stage':
      return en
        ? { 'not-prosecuting': 'no prosecution', 'not-punishing': 'no punishment', both: 'no prosecution and no punishment' }[p.stage]
        : { 'not-prosecuting': 'niet vervolgen', 'not-punishing': 'niet bestraffen', both: 'niet vervolgen en niet bestraffen' }[p.stage]
    case 'burden':
      return en
        ? {
            'defence-to-raise': 'the suspect raises it and makes it plausible',
            'prosecution-to-disprove': 'the suspect raises it; the public prosecutor (OM) must disprove it',
            'authority-assesses': 'the public prosecutor (OM) considers it of its own motion',
            unspecified: 'not regulated',
          }[p.burden]
        : {
            'defence-to-raise': 'verdachte voert het aan en maakt het aannemelijk',
            'prosecution-to-disprove': 'verdachte voert het aan, OM moet het weerleggen',
            'authority-assesses': 'OM weegt het ambtshalve',
            unspecified: 'niet geregeld',
          }[p.burden]
    case 'discretion':
      if (en) return p.discretion === 'must' ? 'duty' : 'power'
      return p.discretion === 'must' ? 'verplicht' : 'bevoegdheid'
  }
}

export interface ParameterExplanation {
  readonly parameter: ParameterName
  readonly label: string
  readonly choice: string
  readonly explanation: string
}

function explainNl(p: NonPunishmentParameters, name: ParameterName): string {
  switch (name) {
    case 'offences':
      if (p.offences.kind === 'all') return 'De bepaling kan gelden voor elk strafbaar feit. Ook ernstige feiten vallen eronder; de andere voorwaarden bepalen of het slachtoffer beschermd is.'
      if (p.offences.kind === 'only-lighter') return `Alleen feiten met een wettelijk strafmaximum van ten hoogste ${p.offences.maxYears} jaar vallen eronder. Zwaardere feiten, ook als het slachtoffer daartoe is gedwongen, blijven vervolgbaar.`
      return `Alle feiten vallen eronder, behalve de ernstige feiten op de lijst (${exceptListName(p.offences, 'nl')}). Een slachtoffer dat tot zo'n feit is gedwongen, kan zich niet op de bepaling beroepen, maar wel op de algemene gronden zoals overmacht (art. 40 Sr).${listNote(p.offences, 'nl')}`
    case 'link': {
      const l = p.link
      const parts = [
        l.compulsion === 'none' ? 'Het slachtoffer hoeft niet te zijn gedwongen.' : 'Het slachtoffer moet tot het feit zijn gedwongen' + (l.compulsion === 'compelled' ? '.' : ', door een ander of door zijn omstandigheden.'),
        l.nexus === 'direct-consequence' ? 'Het feit moet een rechtstreeks gevolg zijn van de uitbuiting.' : l.nexus === 'in-connection-with' ? 'Het feit moet verband houden met de uitbuiting; dat is ruimer dan een rechtstreeks gevolg.' : 'Een verband met de uitbuiting wordt niet geëist.',
        l.reasonablePerson === 'no-realistic-alternative' ? 'Daarnaast wordt getoetst of een redelijk denkend persoon in dezelfde situatie geen reëel alternatief had; dat beperkt de bescherming tot echte dwangsituaties.' : l.reasonablePerson === 'would-do-that-act' ? 'Daarnaast wordt getoetst of een redelijk denkend persoon in dezelfde situatie hetzelfde zou hebben gedaan.' : '',
      ]
      return parts.filter(Boolean).join(' ')
    }
    case 'minors':
      if (p.minors.kind === 'same') return 'Voor minderjarigen gelden dezelfde voorwaarden als voor volwassenen.'
      return `Voor minderjarigen geldt een eigen, lichtere toets: ${describeLink(minorsLink(p))}. Kinderen kunnen zich minder goed aan uitbuiting onttrekken; daarom wordt ${p.minors.link.compulsion === 'none' ? 'geen dwang geëist' : 'een andere toets gebruikt'}.`
    case 'conditions':
      return p.conditions.length ? `Er gelden extra voorwaarden: ${p.conditions.map((c) => CONDITION_LABELS.nl[c]).join('; ')}.` : 'Er gelden geen extra voorwaarden.'
    case 'stage':
      if (p.stage === 'not-prosecuting') return 'De bepaling richt zich tot het openbaar ministerie: het slachtoffer wordt niet vervolgd. Komt het toch tot een zaak, dan beslist de rechter zonder deze bepaling.'
      if (p.stage === 'not-punishing') return 'De bepaling richt zich tot de rechter: het slachtoffer wordt niet gestraft. Vervolging blijft mogelijk; het slachtoffer moet dan nog door een strafzaak.'
      return p.discretion === 'must'
        ? 'De bepaling werkt in beide fasen: het openbaar ministerie ziet van vervolging af, en wordt het slachtoffer toch vervolgd, dan bepaalt de rechter dat geen straf of maatregel wordt opgelegd.'
        : 'De bepaling werkt in beide fasen: het openbaar ministerie kan van vervolging afzien, en wordt het slachtoffer toch vervolgd, dan kan de rechter bepalen dat geen straf of maatregel wordt opgelegd.'
    case 'burden':
      if (p.burden === 'prosecution-to-disprove') return 'Het slachtoffer hoeft alleen aanwijzingen aan te voeren; daarna moet het openbaar ministerie aantonen dat de bepaling niet van toepassing is. Dit is de lage drempel waar CKM en Fier om vragen.'
      if (p.burden === 'defence-to-raise') return 'Het slachtoffer moet zich op de bepaling beroepen en het aannemelijk maken, zoals bij andere strafuitsluitingsgronden.'
      if (p.burden === 'authority-assesses') return 'Het openbaar ministerie weegt uit zichzelf of de bepaling van toepassing is; het slachtoffer heeft geen afdwingbaar verweer.'
      return 'De tekst zegt niet wie wat moet aantonen; dan gelden de gewone regels (verweer voeren en aannemelijk maken).'
    case 'discretion': {
      if (p.discretion === 'may') return 'Het is een bevoegdheid: ook als aan de voorwaarden is voldaan, mag het openbaar ministerie of de rechter anders beslissen.'
      const outcome = { 'not-punishing': 'het slachtoffer is niet strafbaar', 'not-prosecuting': 'het slachtoffer wordt niet vervolgd', both: 'het slachtoffer wordt niet vervolgd, en wordt het toch vervolgd, dan wordt geen straf of maatregel opgelegd' }[p.stage]
      return `Als aan de voorwaarden is voldaan, volgt de uitkomst dwingend: ${outcome}.`
    }
  }
}

function explainEn(p: NonPunishmentParameters, name: ParameterName): string {
  switch (name) {
    case 'offences':
      if (p.offences.kind === 'all') return 'The provision can apply to any offence. Serious offences are included as well; the other conditions determine whether the victim is protected.'
      if (p.offences.kind === 'only-lighter') return `Only offences carrying a statutory maximum of ${termEn(p.offences.maxYears)} imprisonment or less are covered. More serious offences remain open to prosecution, even where the victim was compelled to commit them.`
      return `All offences are covered except the serious offences on the list (${exceptListName(p.offences, 'en')}). A victim compelled to commit such an offence cannot rely on the provision, but can still rely on the general defences such as duress (overmacht, art. 40 Sr).${listNote(p.offences, 'en')}`
    case 'link': {
      const l = p.link
      const parts = [
        l.compulsion === 'none' ? 'The victim need not have been compelled.' : 'The victim must have been compelled to commit the offence' + (l.compulsion === 'compelled' ? '.' : ', by another person or by their circumstances.'),
        l.nexus === 'direct-consequence' ? 'The offence must be a direct consequence of the exploitation.' : l.nexus === 'in-connection-with' ? 'The offence must be connected with the exploitation; that is wider than a direct consequence.' : 'No link with the exploitation is required.',
        l.reasonablePerson === 'no-realistic-alternative' ? 'In addition, the test is whether a reasonable person in the same situation would have had no realistic alternative; this confines the protection to genuine situations of compulsion.' : l.reasonablePerson === 'would-do-that-act' ? 'In addition, the test is whether a reasonable person in the same situation would have done the same.' : '',
      ]
      return parts.filter(Boolean).join(' ')
    }
    case 'minors':
      if (p.minors.kind === 'same') return 'Minors are subject to the same conditions as adults.'
      return `Minors have their own, less demanding test: ${describeLink(minorsLink(p), 'en')}. Children are less able to escape exploitation; that is why ${p.minors.link.compulsion === 'none' ? 'no compulsion is required' : 'a different test is used'}.`
    case 'conditions':
      return p.conditions.length ? `Further conditions apply: ${p.conditions.map((c) => CONDITION_LABELS.en[c]).join('; ')}.` : 'No further conditions apply.'
    case 'stage':
      if (p.stage === 'not-prosecuting') return 'The provision is addressed to the public prosecutor (openbaar ministerie): the victim is not prosecuted. If a case nevertheless comes to court, the court decides without this provision.'
      if (p.stage === 'not-punishing') return 'The provision is addressed to the court: the victim is not punished. Prosecution remains possible; the victim then still has to go through criminal proceedings.'
      return p.discretion === 'must'
        ? 'The provision operates at both stages: the public prosecutor refrains from prosecution, and if the victim is nevertheless prosecuted, the court orders that no penalty or measure be imposed.'
        : 'The provision operates at both stages: the public prosecutor may refrain from prosecution, and if the victim is nevertheless prosecuted, the court may order that no penalty or measure be imposed.'
    case 'burden':
      if (p.burden === 'prosecution-to-disprove') return 'The victim need only put forward indications that the provision applies; the public prosecutor must then show that it does not. This is the low threshold that CKM and Fier ask for.'
      if (p.burden === 'defence-to-raise') return 'The victim must invoke the provision and make it plausible, as with other grounds excluding criminal liability.'
      if (p.burden === 'authority-assesses') return 'The public prosecutor considers of its own motion whether the provision applies; the victim has no enforceable defence.'
      return 'The text does not say who has to show what; the ordinary rules then apply (the defence is raised and made plausible).'
    case 'discretion': {
      if (p.discretion === 'may') return 'It is a power, not a duty: even where the conditions are met, the public prosecutor or the court may decide otherwise.'
      const outcome = { 'not-punishing': 'the victim is not criminally liable', 'not-prosecuting': 'the victim is not prosecuted', both: 'the victim is not prosecuted and, if prosecuted nevertheless, no penalty or measure is imposed' }[p.stage]
      return `Where the conditions are met, the outcome is mandatory: ${outcome}.`
    }
  }
}

/** Per parameter: its label, the chosen value and what that choice means, in plain Dutch (default) or English. */
export function explainParameters(p: NonPunishmentParameters, lang: ExplanationLanguage = 'nl'): ParameterExplanation[] {
  const labels = parameterLabels(lang)
  return (Object.keys(PARAMETER_LABELS) as ParameterName[]).map((name) => ({
    parameter: name,
    label: labels[name],
    choice: describe(p, name, lang),
    explanation: lang === 'en' ? explainEn(p, name) : explainNl(p, name),
  }))
}
