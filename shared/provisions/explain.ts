/**
 * Plain-Dutch labels and explanations of each parameter choice, for the workbench and for the
 * memorie van toelichting: what the choice means for a victim and for the openbaar ministerie.
 * Short labels (`describe`) fill the variant table; explanations (`explainParameters`) say why it matters.
 */
import { minorsLink, type Condition, type Link, type NonPunishmentParameters, type ParameterName } from './parameters.js'

export const PARAMETER_LABELS: Record<ParameterName, string> = {
  offences: 'Welke strafbare feiten',
  link: 'Verband met de mensenhandel',
  minors: 'Minderjarigen',
  conditions: 'Extra voorwaarden',
  stage: 'Fase',
  burden: 'Wie moet wat aantonen',
  discretion: 'Verplicht of bevoegdheid',
}

const CONDITION_LABELS: Record<Condition, string> = {
  proportionality: 'evenredigheid tussen de uitbuiting en het feit',
  'victim-reports': 'het slachtoffer heeft aangifte gedaan',
  'gravity-exception': 'niet bij feiten die te ernstig zijn (per geval)',
}

export function describeLink(l: Link): string {
  const compulsion = { none: 'geen dwang vereist', compelled: 'gedwongen', 'compelled-by-another-or-circumstances': 'gedwongen door een ander of door omstandigheden' }[l.compulsion]
  const nexus = { 'direct-consequence': 'rechtstreeks gevolg van de uitbuiting', 'in-connection-with': 'in verband met de uitbuiting', none: 'geen verband met de uitbuiting vereist' }[l.nexus]
  const reasonable = { none: 'geen redelijk-persoontoets', 'no-realistic-alternative': 'redelijk persoon had geen reëel alternatief', 'would-do-that-act': 'redelijk persoon zou hetzelfde hebben gedaan' }[l.reasonablePerson]
  return `${compulsion}; ${nexus}; ${reasonable}`
}

/** The short value of one parameter, as the variant table shows it. */
export function describe(p: NonPunishmentParameters, name: ParameterName): string {
  switch (name) {
    case 'offences': {
      const o = p.offences
      if (o.kind === 'all') return 'alle strafbare feiten'
      if (o.kind === 'only-lighter') return `alleen lichtere feiten (ten hoogste ${o.maxYears} jaar gevangenisstraf)`
      return `alle behalve ${o.listName} (${o.excluded.length} genoemd${o.complete ? '' : ', lijst niet volledig bekend'})`
    }
    case 'link':
      return describeLink(p.link)
    case 'minors':
      return p.minors.kind === 'same' ? 'zelfde toets als volwassenen' : `eigen toets: ${describeLink(p.minors.link)}`
    case 'conditions':
      return p.conditions.length ? p.conditions.map((c) => CONDITION_LABELS[c]).join('; ') : 'geen'
    case 'stage':
      return { 'not-prosecuting': 'niet vervolgen', 'not-punishing': 'niet bestraffen', both: 'niet vervolgen en niet bestraffen' }[p.stage]
    case 'burden':
      return {
        'defence-to-raise': 'verdachte voert het aan en maakt het aannemelijk',
        'prosecution-to-disprove': 'verdachte voert het aan, OM moet het weerleggen',
        'authority-assesses': 'OM weegt het ambtshalve',
        unspecified: 'niet geregeld',
      }[p.burden]
    case 'discretion':
      return p.discretion === 'must' ? 'verplicht' : 'bevoegdheid'
  }
}

export interface ParameterExplanation {
  readonly parameter: ParameterName
  readonly label: string
  readonly choice: string
  readonly explanation: string
}

function explainOne(p: NonPunishmentParameters, name: ParameterName): string {
  switch (name) {
    case 'offences':
      if (p.offences.kind === 'all') return 'De bepaling kan gelden voor elk strafbaar feit. Ook ernstige feiten vallen eronder; de andere voorwaarden bepalen of het slachtoffer beschermd is.'
      if (p.offences.kind === 'only-lighter') return `Alleen feiten met een wettelijk strafmaximum van ten hoogste ${p.offences.maxYears} jaar vallen eronder. Zwaardere feiten, ook als het slachtoffer daartoe is gedwongen, blijven vervolgbaar.`
      return `Alle feiten vallen eronder, behalve de ernstige feiten op de lijst (${p.offences.listName}). Een slachtoffer dat tot zo'n feit is gedwongen, kan zich niet op de bepaling beroepen, maar wel op de algemene gronden zoals overmacht (art. 40 Sr).${p.offences.complete ? '' : ' Let op: de lijst is niet volledig geverifieerd.'}`
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
      return p.conditions.length ? `Er gelden extra voorwaarden: ${p.conditions.map((c) => CONDITION_LABELS[c]).join('; ')}.` : 'Er gelden geen extra voorwaarden.'
    case 'stage':
      if (p.stage === 'not-prosecuting') return 'De bepaling richt zich tot het openbaar ministerie: het slachtoffer wordt niet vervolgd. Komt het toch tot een zaak, dan beslist de rechter zonder deze bepaling.'
      if (p.stage === 'not-punishing') return 'De bepaling richt zich tot de rechter: het slachtoffer wordt niet gestraft. Vervolging blijft mogelijk; het slachtoffer moet dan nog door een strafzaak.'
      return 'De bepaling werkt in beide fasen: het openbaar ministerie kan van vervolging afzien, en de rechter kan van straf afzien.'
    case 'burden':
      if (p.burden === 'prosecution-to-disprove') return 'Het slachtoffer hoeft alleen aanwijzingen aan te voeren; daarna moet het openbaar ministerie aantonen dat de bepaling niet van toepassing is. Dit is de lage drempel waar CKM en Fier om vragen.'
      if (p.burden === 'defence-to-raise') return 'Het slachtoffer moet zich op de bepaling beroepen en het aannemelijk maken, zoals bij andere strafuitsluitingsgronden.'
      if (p.burden === 'authority-assesses') return 'Het openbaar ministerie weegt uit zichzelf of de bepaling van toepassing is; het slachtoffer heeft geen afdwingbaar verweer.'
      return 'De tekst zegt niet wie wat moet aantonen; dan gelden de gewone regels (verweer voeren en aannemelijk maken).'
    case 'discretion':
      return p.discretion === 'must'
        ? 'Als aan de voorwaarden is voldaan, volgt de uitkomst dwingend: het slachtoffer is niet strafbaar of wordt niet vervolgd.'
        : 'Het is een bevoegdheid: ook als aan de voorwaarden is voldaan, mag het openbaar ministerie of de rechter anders beslissen.'
  }
}

/** Per parameter: its label, the chosen value and what that choice means, in plain Dutch. */
export function explainParameters(p: NonPunishmentParameters): ParameterExplanation[] {
  return (Object.keys(PARAMETER_LABELS) as ParameterName[]).map((name) => ({
    parameter: name,
    label: PARAMETER_LABELS[name],
    choice: describe(p, name),
    explanation: explainOne(p, name),
  }))
}
