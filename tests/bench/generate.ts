/**
 * Seeded generator of a large, realistic pair of statute versions for the benchmark
 * (`npm run bench`) and for tests that check the engine against a known set of changes.
 *
 * `generatePair({ articles, seed })` builds an "old" text of about `articles` articles in
 * Boek › Titel divisions (articles with and without leden, onderdelen `1°.`/`a.` with nested
 * subonderdelen), then a "new" version with structural changes (inserted/deleted/renumbered
 * articles, a lid inserted before others, leden moved within or between articles, a lid split
 * in two, two onderdelen merged into one) and word edits in about 10% of the units. Both
 * versions are written as plain text (shared/FORMATS.md) and as BWB XML (2016 toestand shape).
 * `truth` records what was applied, in the path syntax of the engine (`artikel:12a/lid:2/onderdeel:b`).
 *
 * Deterministic: the same options give byte-identical output (mulberry32 PRNG, no Date/Math.random).
 */

// ---------------------------------------------------------------------------------------------
// PRNG

export function mulberry32(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

class Rng {
  private readonly next: () => number
  constructor(seed: number) {
    this.next = mulberry32(seed)
  }
  float(): number {
    return this.next()
  }
  /** Integer in [lo, hi], both inclusive. */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1))
  }
  chance(p: number): boolean {
    return this.next() < p
  }
  pick<T>(arr: readonly T[]): T {
    if (arr.length === 0) throw new Error('pick from empty array')
    return arr[Math.floor(this.next() * arr.length)] as T
  }
  /** Picks by weight: `[[value, weight], …]`. */
  weighted<T>(pairs: ReadonlyArray<readonly [T, number]>): T {
    const total = pairs.reduce((s, [, w]) => s + w, 0)
    let r = this.next() * total
    for (const [v, w] of pairs) {
      r -= w
      if (r < 0) return v
    }
    return (pairs[pairs.length - 1] as readonly [T, number])[0]
  }
  shuffle<T>(arr: T[]): T[] {
    for (let i = arr.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1))
      const tmp = arr[i] as T
      arr[i] = arr[j] as T
      arr[j] = tmp
    }
    return arr
  }
}

// ---------------------------------------------------------------------------------------------
// Vocabulary and phrase templates (fictional but idiomatic Dutch statute language)

const ACTORS = [
  'Onze Minister',
  'Onze Minister van Justitie en Veiligheid',
  'Onze Minister van Financiën',
  'het college van burgemeester en wethouders',
  'de burgemeester',
  'de commissaris van de Koning',
  'de toezichthouder',
  'de officier van justitie',
  'de rechter-commissaris',
  'het bestuursorgaan',
  'de Autoriteit',
  'de raad van toezicht',
  'de inspecteur',
  'de griffier',
  'de curator',
  'de kantonrechter',
  'de Nederlandsche Bank',
  'het openbaar ministerie',
  'de ambtenaar van de burgerlijke stand',
  'de commissie',
] as const

const HOLDERS = [
  'de vergunninghouder',
  'de aanvrager',
  'de betrokkene',
  'de zorgaanbieder',
  'de werkgever',
  'de exploitant',
  'de houder van de erkenning',
  'de belanghebbende',
  'de rechtspersoon',
  'de verzekeraar',
  'de bestuurder',
  'de ondernemer',
] as const

interface Verb {
  readonly bare: string
  readonly te: string
  readonly part: string
}
const v = (bare: string, te: string, part: string): Verb => ({ bare, te, part })

const DECISION_VERBS: readonly Verb[] = [
  v('verlenen', 'te verlenen', 'verleend'),
  v('intrekken', 'in te trekken', 'ingetrokken'),
  v('wijzigen', 'te wijzigen', 'gewijzigd'),
  v('weigeren', 'te weigeren', 'geweigerd'),
  v('opschorten', 'op te schorten', 'opgeschort'),
  v('verlengen', 'te verlengen', 'verlengd'),
  v('schorsen', 'te schorsen', 'geschorst'),
]
const DOCUMENT_VERBS: readonly Verb[] = [
  v('vaststellen', 'vast te stellen', 'vastgesteld'),
  v('verstrekken', 'te verstrekken', 'verstrekt'),
  v('bekendmaken', 'bekend te maken', 'bekendgemaakt'),
  v('doorzenden', 'door te zenden', 'doorgezonden'),
  v('goedkeuren', 'goed te keuren', 'goedgekeurd'),
  v('bewaren', 'te bewaren', 'bewaard'),
  v('inzien', 'in te zien', 'ingezien'),
  v('openbaar maken', 'openbaar te maken', 'openbaar gemaakt'),
]
const SANCTION_VERBS: readonly Verb[] = [
  v('opleggen', 'op te leggen', 'opgelegd'),
  v('invorderen', 'in te vorderen', 'ingevorderd'),
  v('matigen', 'te matigen', 'gematigd'),
  v('kwijtschelden', 'kwijt te schelden', 'kwijtgescholden'),
]

const DECISIONS = [
  'de vergunning',
  'de ontheffing',
  'de erkenning',
  'de aanwijzing',
  'de beschikking',
  'de subsidie',
  'de vrijstelling',
  'de registratie',
  'de machtiging',
  'de toelating',
] as const
const DOCUMENTS = [
  'de jaarrekening',
  'het jaarverslag',
  'het register',
  'de verklaring',
  'de opgave',
  'de melding',
  'het advies',
  'het verslag',
  'het rapport',
  'de beleidsregel',
  'de begroting',
  'het reglement',
] as const
const SANCTIONS = [
  'de bestuurlijke boete',
  'de last onder dwangsom',
  'de last onder bestuursdwang',
  'de dwangsom',
  'de zekerheidstelling',
  'de naheffingsaanslag',
] as const

const DOMAINS = [
  'de exploitatie van een inrichting',
  'het vervoer van gevaarlijke stoffen',
  'de verwerking van persoonsgegevens',
  'de uitoefening van het beroep van advocaat',
  'de handel in financiële instrumenten',
  'de zorg voor jeugdigen',
  'het beheer van het waterstaatswerk',
  'de opsporing van strafbare feiten',
  'de bescherming van het milieu',
  'de inning van belastingen',
  'de huur en verhuur van woonruimte',
  'de kinderopvang',
  'het toezicht op financiële ondernemingen',
  'de ruimtelijke ordening',
  'de naleving van de arbeidstijden',
  'de afgifte van reisdocumenten',
  'de coöperatieve vereniging',
  'de registratie van vaartuigen',
  'de levering van elektriciteit en gas',
  'het openbaar vervoer per trein',
  'de bestrijding van dierziekten',
  'de ondersteuning van mantelzorgers',
  'de bewaring van archiefbescheiden',
  'het gebruik van drones boven bebouwd gebied',
  'de verhuur van vakantiewoningen',
  'de opvang van asielzoekers',
  'de bescherming van cultureel erfgoed',
  'de aanbesteding van overheidsopdrachten',
] as const

const TOPICS = [
  'de inrichting en het beheer van het register',
  'de wijze waarop de aanvraag wordt ingediend',
  'de hoogte van de verschuldigde vergoeding',
  'de eisen waaraan een deskundige moet voldoen',
  'de bescherming van persoonsgegevens',
  'de verstrekking van inlichtingen aan de toezichthouder',
  'de termijnen voor het indienen van bezwaar',
  'de samenstelling en de werkwijze van de commissie',
  'de gegevens die bij de aanvraag worden verstrekt',
  'de vorm en de inhoud van het jaarverslag',
  'de kwaliteit van de te verlenen zorg',
  'de opleiding en de bijscholing van toezichthouders',
  'de berekening van de bestuurlijke boete',
  'de wijze van verantwoording over de besteding van middelen',
  'de beveiliging van de gegevensverwerking',
] as const

const INTERESTS = [
  'de openbare orde',
  'de volksgezondheid',
  'de veiligheid van de staat',
  'de bescherming van het milieu',
  'de eerbiediging van de persoonlijke levenssfeer',
  'de goede zeden',
  'de voorkoming of bestrijding van strafbare feiten',
  'de financiële positie van de Staat',
  'de veiligheid van het verkeer',
] as const

const EVENTS = [
  'de ontvangst van de aanvraag',
  'de dag waarop het besluit is bekendgemaakt',
  'de datum van inwerkingtreding van deze wet',
  'het tijdstip waarop het verzoek is ingediend',
  'de dagtekening van de beschikking',
  'de afloop van het boekjaar',
  'de dag waarop de overtreding is geconstateerd',
] as const

const COURTS = [
  'de rechtbank',
  'het College van Beroep voor het bedrijfsleven',
  'de Afdeling bestuursrechtspraak van de Raad van State',
  'de Centrale Raad van Beroep',
  "het gerechtshof te 's-Gravenhage",
  'de ondernemingskamer van het gerechtshof Amsterdam',
] as const

const MINISTRIES = [
  'Justitie en Veiligheid',
  'Binnenlandse Zaken en Koninkrijksrelaties',
  'Financiën',
  'Volksgezondheid, Welzijn en Sport',
  'Infrastructuur en Waterstaat',
  'Sociale Zaken en Werkgelegenheid',
  'Onderwijs, Cultuur en Wetenschap',
  'Economische Zaken',
] as const

const TERMS = [
  'aanvrager',
  'bestuursorgaan',
  'exploitant',
  'inrichting',
  'toezichthouder',
  'vergunninghouder',
  'zorgaanbieder',
  'gegevensdrager',
  'register',
  'instelling',
  'ondernemer',
  'verwerker',
  'jeugdige',
  'woonruimte',
  'vaartuig',
  'deskundige',
  'betrokkene',
  'meldpunt',
  'dienstverrichter',
  'financiële onderneming',
] as const

const ORDINALS = ['eerste', 'tweede', 'derde', 'vierde', 'vijfde', 'zesde', 'zevende'] as const
const CATEGORIES = ['eerste', 'tweede', 'derde', 'vierde', 'vijfde', 'zesde'] as const
const NUMBERS = ['twee', 'drie', 'vier', 'zes', 'acht', 'tien', 'twaalf', 'dertien'] as const
const LAWS = [
  'van de Algemene wet bestuursrecht',
  'van het Wetboek van Strafvordering',
  'van het Burgerlijk Wetboek',
  'van de Wet op de economische delicten',
  'van de Algemene verordening gegevensbescherming',
] as const

/** Word edits as a drafter makes them: other numbers, terms and verbs; an added adverb or adjective; a qualifier dropped. */
const SUBSTITUTES: Readonly<Record<string, readonly string[]>> = {
  twee: ['drie', 'vier'],
  drie: ['vier', 'zes'],
  vier: ['zes', 'acht'],
  zes: ['acht', 'tien'],
  acht: ['tien', 'twaalf'],
  tien: ['twaalf', 'acht'],
  twaalf: ['vijftien', 'zestien'],
  dertien: ['zes', 'twaalf'],
  eerste: ['tweede'],
  tweede: ['derde', 'eerste'],
  derde: ['vierde', 'tweede'],
  vierde: ['vijfde', 'derde'],
  vijfde: ['zesde', 'vierde'],
  zesde: ['vijfde'],
  zevende: ['achtste'],
  jaren: ['maanden'],
  maanden: ['weken', 'jaren'],
  weken: ['dagen', 'maanden'],
  kan: ['moet'],
  bevoegd: ['verplicht'],
  verplicht: ['bevoegd'],
  verlenen: ['weigeren'],
  weigeren: ['verlenen'],
  intrekken: ['schorsen'],
  opschorten: ['intrekken'],
  vaststellen: ['goedkeuren'],
  opzettelijk: ['wederrechtelijk'],
  hechtenis: ['gevangenisstraf'],
  rechtbank: ['kantonrechter'],
  vergunning: ['ontheffing'],
  ontheffing: ['vergunning'],
  aanvrager: ['verzoeker'],
  toezichthouder: ['inspecteur'],
  beschikking: ['beslissing'],
  regels: ['voorschriften'],
  onverwijld: ['zo spoedig mogelijk'],
}
const PHRASE_SUBSTITUTES: ReadonlyArray<readonly [string, string]> = [
  ['ten hoogste', 'ten minste'],
  ['zo spoedig mogelijk', 'onverwijld'],
  ['algemene maatregel van bestuur', 'ministeriële regeling'],
  ['ministeriële regeling', 'algemene maatregel van bestuur'],
  ['eenmaal per jaar', 'tweemaal per jaar'],
  ['Onze Minister', 'Onze Minister van Justitie en Veiligheid'],
]
const DELETABLE = [
  'opzettelijk',
  'redelijkerwijs',
  'mede',
  'of krachtens',
  'ten minste',
  'of een andere feitelijkheid',
  'beroepsmatig of',
  'niet of',
  'zich daartegen',
  'en wethouders',
  'van de Koning',
] as const
const ADVERBS = ['schriftelijk', 'onverwijld', 'uitsluitend', 'tevens', 'in ieder geval', 'zo nodig', 'voorlopig', 'met redenen omkleed', 'op elektronische wijze'] as const
const NOT_NOUNS: ReadonlySet<string> = new Set(['daarop', 'toepassing', 'naleving', 'datum', 'gronden', 'termijn', 'ambtenaar', 'leeftijd', 'dag', 'andere', 'wijze'])
const ADJECTIVES = ['nadere', 'schriftelijke', 'bijzondere', 'desbetreffende', 'bevoegde', 'elektronische', 'voorlopige'] as const

const BOEK_TITLES = [
  'Algemene bepalingen',
  'Bestuursorganen en hun bevoegdheden',
  'Vergunningen en ontheffingen',
  'Toezicht en handhaving',
  'Strafbepalingen',
  'Rechtsbescherming',
  'Financiële bepalingen',
  'Registers en gegevensverwerking',
  'Bijzondere voorzieningen',
  'Overgangs- en slotbepalingen',
] as const

const TITEL_TITLES = [
  'Begripsbepalingen',
  'Reikwijdte en toepassingsbereik',
  'De aanvraag',
  'De vergunning',
  'Het register',
  'Taken en bevoegdheden',
  'Samenstelling en werkwijze van de commissie',
  'Toezicht op de naleving',
  'Bestuurlijke handhaving',
  'Bezwaar en beroep',
  'Misdrijven tegen de openbare orde',
  'Overtredingen',
  'Verstrekking van gegevens',
  'Bekostiging',
  'Verantwoording en verslaglegging',
  'Kwaliteit en veiligheid',
  'Geheimhouding',
  'Bijzondere bevoegdheden van de burgemeester',
  'Samenwerking met andere bestuursorganen',
  'Zekerheidstelling',
  'Evaluatie',
  'Overgangsrecht',
  'Wijziging van andere wetten',
  'Slotbepalingen',
] as const

/** Drops a comma before a period, colon, semicolon or another comma (left by appositions). */
const tidy = (s: string): string => s.replace(/,(\s*)(?=[,.;:]|$)/g, '')
const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1)
const wordCount = (s: string): number => s.split(/\s+/).filter(Boolean).length

class Phrases {
  constructor(
    private readonly rng: Rng,
    private readonly maxArticle: number,
  ) {}

  private ref(): string {
    const r = this.rng
    const n = r.int(1, Math.max(2, this.maxArticle))
    const suffix = r.chance(0.12) ? r.pick(['a', 'b', 'c']) : ''
    return r.chance(0.15) ? `artikel ${r.int(1, 180)}${suffix} ${r.pick(LAWS)}` : `artikel ${n}${suffix}`
  }

  private refWithLid(): string {
    const r = this.rng
    // The closing comma of the apposition; tidy() removes it where punctuation follows.
    return r.chance(0.5) ? `${this.ref()}, ${r.pick(ORDINALS)} lid,` : this.ref()
  }

  private objectWithVerb(): { obj: string; verb: Verb } {
    const r = this.rng
    const kind = r.weighted([
      ['decision', 5],
      ['document', 3],
      ['sanction', 2],
    ] as const)
    let obj: string
    let verb: Verb
    if (kind === 'decision') {
      obj = r.pick(DECISIONS)
      verb = r.pick(DECISION_VERBS)
    } else if (kind === 'document') {
      obj = r.pick(DOCUMENTS)
      verb = r.pick(DOCUMENT_VERBS)
    } else {
      obj = r.pick(SANCTIONS)
      verb = r.pick(SANCTION_VERBS)
    }
    if (r.chance(0.45)) {
      const rel = obj.startsWith('het ') ? 'dat' : 'die'
      obj += r.pick([
        `, bedoeld in ${this.refWithLid()},`,
        ` als bedoeld in ${this.ref()}`,
        ` ${rel} betrekking heeft op ${r.pick(DOMAINS)}`,
        ` ten behoeve van ${r.pick(DOMAINS)}`,
      ])
    }
    // A trailing comma closes an apposition; tidy() drops it before a period or another comma.
    return { obj, verb }
  }

  private timing(): string {
    const r = this.rng
    return r.pick([
      `binnen ${r.pick(NUMBERS)} weken na ${r.pick(EVENTS)}`,
      `uiterlijk op de ${r.pick(ORDINALS)} dag na ${r.pick(EVENTS)}`,
      `voor een termijn van ten hoogste ${r.pick(NUMBERS)} jaren`,
      'zo spoedig mogelijk',
      'onverwijld',
      'ten minste eenmaal per jaar',
    ])
  }

  condition(): string {
    const r = this.rng
    const { obj } = this.objectWithVerb()
    return r.pick([
      'de aanvrager niet voldoet aan de bij of krachtens deze wet gestelde eisen',
      `aannemelijk is dat ${obj} mede zal worden gebruikt voor het plegen van strafbare feiten`,
      `de verstrekte gegevens zodanig onjuist of onvolledig zijn dat op ${obj} een andere beslissing zou zijn genomen indien de juiste gegevens bekend waren geweest`,
      `${r.pick(ACTORS)} binnen ${r.pick(NUMBERS)} weken na ${r.pick(EVENTS)} geen beslissing heeft genomen`,
      `het belang van ${r.pick(INTERESTS)} zich daartegen verzet`,
      `${r.pick(HOLDERS)} handelt in strijd met ${this.ref()} of met de voorschriften die aan ${obj} zijn verbonden`,
      `${r.pick(HOLDERS)} gedurende een aaneengesloten periode van ten minste ${r.pick(NUMBERS)} maanden geen gebruik heeft gemaakt van ${obj}`,
      `ernstig gevaar bestaat voor ${r.pick(INTERESTS)}`,
      `${r.pick(HOLDERS)} in staat van faillissement is verklaard of surséance van betaling heeft aangevraagd`,
      `de zekerheid, bedoeld in ${this.ref()}, niet of niet tijdig is gesteld`,
      `${r.pick(HOLDERS)} niet langer voldoet aan de voorwaarden voor ${r.pick(DOMAINS)}`,
      `het onderzoek naar ${r.pick(DOMAINS)} daartoe aanleiding geeft`,
    ])
  }

  private crime(): string {
    const r = this.rng
    const { obj, verb } = this.objectWithVerb()
    return r.pick([
      `opzettelijk in strijd handelt met een voorschrift gesteld bij of krachtens ${this.ref()}`,
      `opzettelijk een valse of vervalste verklaring als bedoeld in ${this.ref()} gebruikt of doet gebruiken`,
      'een ander door geweld of een andere feitelijkheid dwingt iets te doen, niet te doen of te dulden',
      `zonder ${r.pick(DECISIONS).replace(/^de /, '')} handelingen verricht ten behoeve van ${r.pick(DOMAINS)}`,
      `opzettelijk gegevens vernietigt, beschadigt of onbruikbaar maakt die bestemd zijn voor ${r.pick(DOMAINS)}`,
      `opzettelijk voordeel trekt uit ${r.pick(DOMAINS)} terwijl hij weet of redelijkerwijs moet vermoeden dat dit in strijd is met ${this.ref()}`,
      `een handeling verricht waarvan hij weet of redelijkerwijs moet vermoeden dat daardoor ${r.pick(INTERESTS)} in gevaar wordt gebracht`,
      `als bestuurder van een rechtspersoon opzettelijk nalaat ${obj} ${verb.te}`,
      `een ander met het oogmerk van uitbuiting werft, vervoert, overbrengt, huisvest of opneemt in het kader van ${r.pick(DOMAINS)}`,
    ])
  }

  /** One complete sentence, capitalised, ending with a period. Never starts with a heading word. */
  sentence(): string {
    const r = this.rng
    const t = r.int(0, 12)
    const { obj, verb } = this.objectWithVerb()
    const actor = r.pick(ACTORS)
    const opt = (p: number, s: () => string): string => (r.chance(p) ? s() : '')
    switch (t) {
      case 0:
        return `${cap(actor)} ${r.pick(['kan', 'kan op verzoek van ' + r.pick(HOLDERS)])} ${obj} ${verb.bare}${opt(0.6, () => `, indien ${this.condition()}`)}.`
      case 1:
        return `${cap(actor)} is ${r.pick(['bevoegd', 'verplicht'])} ${obj} ${opt(0.5, () => this.timing() + ' ')}${verb.te}${opt(0.4, () => `, voor zover ${this.condition()}`)}.`
      case 2:
        return `Bij ${r.pick(['algemene maatregel van bestuur', 'ministeriële regeling', 'of krachtens algemene maatregel van bestuur', 'provinciale verordening'])} ${r.pick(['worden regels gesteld omtrent', 'kunnen nadere regels worden gesteld over', 'worden nadere regels gesteld met betrekking tot'])} ${r.pick(TOPICS)}${opt(0.5, () => `, waarbij onderscheid kan worden gemaakt naar ${r.pick(DOMAINS)}`)}.`
      case 3:
        return `Met ${r.pick([`gevangenisstraf van ten hoogste ${r.pick(NUMBERS)} jaren`, `hechtenis van ten hoogste ${r.pick(NUMBERS)} maanden`])} of geldboete van de ${r.pick(CATEGORIES)} categorie wordt gestraft degene die ${this.crime()}.`
      case 4:
        return `${cap(obj)} wordt ${this.timing()} ${verb.part}${opt(0.5, () => `, tenzij ${this.condition()}`)}.`
      case 5:
        return `Het bepaalde in ${r.pick(['het eerste lid', 'het tweede lid', 'het derde lid', this.refWithLid()])} is van overeenkomstige toepassing op ${r.pick(DOMAINS)}${opt(0.5, () => `, met dien verstande dat ${obj} door ${r.pick(ACTORS)} wordt ${verb.part}`)}.`
      case 6:
        return `Indien ${this.condition()}, kan ${actor} ${obj} ${verb.bare}.`
      case 7:
        return `${cap(actor)} draagt er zorg voor dat ${obj} ${this.timing()} wordt ${verb.part}.`
      case 8: {
        const kind = r.pick(['beroep', 'hoger beroep', 'bezwaar'])
        const where = kind === 'bezwaar' ? 'bij het bestuursorgaan dat het besluit heeft genomen' : `bij ${r.pick(COURTS)}`
        return `Tegen ${obj} kan ${kind} worden ingesteld ${where}${opt(0.5, () => `, binnen ${r.pick(NUMBERS)} weken na ${r.pick(EVENTS)}`)}.`
      }
      case 9:
        return `Onverminderd ${this.ref()} is ${actor} verplicht ${obj} ${this.timing()} ${verb.te}.`
      case 10:
        return `Met het toezicht op de naleving van ${r.pick(['het bepaalde bij of krachtens deze wet', this.ref(), 'de voorschriften die aan ' + obj + ' zijn verbonden'])} zijn belast de bij besluit van ${actor} aangewezen ambtenaren.`
      case 11:
        return `Een besluit als bedoeld in ${this.refWithLid()} vermeldt in ieder geval de gronden waarop het berust en de termijn waarbinnen ${r.pick(['bezwaar kan worden gemaakt', 'beroep kan worden ingesteld'])}.`
      default:
        return `${cap(r.pick(HOLDERS))} verstrekt aan ${actor} ${this.timing()} alle inlichtingen die redelijkerwijs nodig zijn voor ${r.pick(['de uitoefening van diens taak', 'de beoordeling van ' + obj, 'het toezicht op ' + r.pick(DOMAINS)])}.`
    }
  }

  /** A lead-in ending with ':' and a generator of matching list items (lower case, no terminal). */
  leadIn(): { lead: string; item: () => string } {
    const r = this.rng
    const t = r.int(0, 4)
    const { obj, verb } = this.objectWithVerb()
    switch (t) {
      case 0:
        return {
          lead: `Voor de toepassing van ${r.pick(['deze wet en de daarop berustende bepalingen', 'dit hoofdstuk', 'deze titel', 'dit artikel'])}${r.chance(0.7) ? `, voor zover het ${r.pick(DOMAINS)} betreft,` : ''} wordt verstaan onder:`,
          item: () => this.definition(),
        }
      case 1:
        return {
          lead: r.chance(0.5)
            ? `${cap(r.pick(ACTORS))} kan ${obj} ${verb.bare}, indien:`
            : `${cap(obj)} wordt ${verb.part}, indien:`,
          item: () => this.condition(),
        }
      case 2:
        return {
          lead: r.pick([
            `${cap(r.pick(DOCUMENTS))} ${r.pick(['inzake', 'met betrekking tot', 'over'])} ${r.pick(DOMAINS)} bevat ten minste:`,
            `Bij de aanvraag om ${r.pick(DECISIONS).replace(/^de /, '')} ten behoeve van ${r.pick(DOMAINS)} worden de volgende gegevens verstrekt:`,
            `${cap(r.pick(HOLDERS))} verstrekt aan ${r.pick(ACTORS)} ${this.timing()}:`,
          ]),
          item: () => this.content(),
        }
      case 3:
        return {
          lead: `Met ${r.pick([`gevangenisstraf van ten hoogste ${r.pick(NUMBERS)} jaren of geldboete`, 'geldboete', `hechtenis van ten hoogste ${r.pick(NUMBERS)} maanden of geldboete`])} van de ${r.pick(CATEGORIES)} categorie wordt gestraft degene die${r.chance(0.5) ? `, in strijd met ${this.ref()},` : ''}:`,
          item: () => this.crime(),
        }
      default:
        return {
          lead: r.chance(0.6)
            ? `Voor zover het ${r.pick(DOMAINS)} betreft, is ${r.pick(['het eerste lid', 'het tweede lid', 'dit artikel', this.refWithLid()])} niet van toepassing op:`
            : `${r.pick(['Het eerste lid', 'Het tweede lid', 'Dit artikel', cap(this.refWithLid())])} is niet van toepassing op:`,
          item: () => this.exception(),
        }
    }
  }

  definition(): string {
    const r = this.rng
    const def = r.pick([
      `degene die zich bezighoudt met ${r.pick(DOMAINS)}`,
      `een natuurlijke persoon of rechtspersoon die beroepsmatig of bedrijfsmatig werkzaamheden verricht ten behoeve van ${r.pick(DOMAINS)}`,
      `Onze Minister van ${r.pick(MINISTRIES)}`,
      `${r.pick(DECISIONS)} als bedoeld in ${this.refWithLid()}`,
      `de ambtenaar die bij of krachtens ${this.ref()} is belast met het toezicht op ${r.pick(DOMAINS)}`,
      `het samenstel van voorzieningen dat is bestemd voor ${r.pick(DOMAINS)}`,
      `een aanvraag als bedoeld in ${this.ref()}, ingediend door ${r.pick(HOLDERS)}`,
    ])
    return `${r.pick(TERMS)}: ${def}`
  }

  private content(): string {
    const r = this.rng
    const base = r.pick([
      `de naam, het adres en de woonplaats van ${r.pick(HOLDERS)}`,
      `een beschrijving van ${r.pick(DOMAINS)}`,
      `de dagtekening en het kenmerk van ${r.pick(DECISIONS)}`,
      `een opgave van de verwachte kosten van ${r.pick(DOMAINS)}`,
      `de gronden waarop ${r.pick(DECISIONS)} berust`,
      'de termijn waarbinnen bezwaar kan worden gemaakt',
      `een verklaring omtrent het gedrag van ${r.pick(HOLDERS)}`,
      `de gegevens die nodig zijn voor de beoordeling van ${r.pick(DECISIONS)}`,
      `een overzicht van de maatregelen ter bevordering van ${r.pick(INTERESTS)}`,
    ])
    return base + (r.chance(0.4) ? r.pick([', voor zover van toepassing', `, als bedoeld in ${this.ref()}`, `, met uitzondering van de gegevens bedoeld in ${this.ref()}`]) : '')
  }

  private exception(): string {
    const r = this.rng
    return r.pick([
      `handelingen ter uitvoering van ${r.pick(DOMAINS)}`,
      'de Staat, de provincies, de gemeenten en de waterschappen',
      `inrichtingen die uitsluitend worden gebruikt voor ${r.pick(DOMAINS)}`,
      `gegevens die betrekking hebben op ${r.pick(DOMAINS)}`,
      `${r.pick(DECISIONS)} die is verleend voor de datum van inwerkingtreding van ${this.ref()}`,
      `rechtspersonen die krachtens ${this.ref()} zijn vrijgesteld van ${r.pick(DOMAINS)}`,
    ])
  }

  /** The lead of an onderdeel with subonderdelen: an item followed by a condition lead (ends with ':'). */
  subLead(item: () => string): string {
    const r = this.rng
    return `${item()}${r.pick([', indien:', ', voor zover:', ' in het geval dat:', ', mits:'])}`
  }

  /** Generates text of `min`..`max` words from a builder, padding with conditions as needed. */
  sized(build: () => string, min: number, max: number, terminal: string): string {
    for (let attempt = 0; attempt < 20; attempt++) {
      let s = build()
      let joiner = `, ${this.rng.pick(['indien', 'voor zover', 'tenzij'])} `
      while (wordCount(s) < min) {
        s += joiner + this.condition()
        joiner = ' en '
      }
      if (wordCount(s) <= max) return s + terminal
    }
    return build() + terminal
  }
}


// ---------------------------------------------------------------------------------------------
// Document model

type ItemType = 'artikel' | 'lid' | 'onderdeel' | 'subonderdeel'
type ListStyle = 'deg' | 'alpha'

interface GNode {
  readonly id: number
  type: ItemType
  number: string
  /** Alinea of the unit's own text (lead-in for a unit with an enumeration). */
  al: string[]
  /** Marker style of the onderdelen among `children`. */
  listStyle?: ListStyle
  children: GNode[]
}
interface GTitel {
  number: string
  title: string
  articles: GNode[]
}
interface GBoek {
  number: string
  title: string
  titels: GTitel[]
}
interface GDoc {
  boeken: GBoek[]
}

const ALPHA = 'abcdefghijklmnopqrstuvwxyz'
const marker = (style: ListStyle, i: number): string => (style === 'deg' ? `${i + 1}°` : (ALPHA[i] ?? `z${i}`))

function cloneNode(n: GNode): GNode {
  return { ...n, al: [...n.al], children: n.children.map(cloneNode) }
}
function cloneDoc(d: GDoc): GDoc {
  return {
    boeken: d.boeken.map((b) => ({ ...b, titels: b.titels.map((t) => ({ ...t, articles: t.articles.map(cloneNode) })) })),
  }
}
function* articlesOf(d: GDoc): Generator<GNode> {
  for (const b of d.boeken) for (const t of b.titels) yield* t.articles
}

/** Renumbers leden 1..n and onderdelen in their style; recurses. */
function renumberChildren(n: GNode): void {
  let lid = 0
  let item = 0
  for (const c of n.children) {
    if (c.type === 'lid') c.number = String(++lid)
    else c.number = marker(n.listStyle ?? 'alpha', item++)
    renumberChildren(c)
  }
}

/** path of every addressable unit, by id. */
function pathsById(d: GDoc): Map<number, string> {
  const out = new Map<number, string>()
  const visit = (n: GNode, parent: string): void => {
    const p = n.type === 'artikel' ? `artikel:${n.number}` : `${parent}/${n.type}:${n.number}`
    out.set(n.id, p)
    for (const c of n.children) visit(c, p)
  }
  for (const a of articlesOf(d)) visit(a, '')
  return out
}

// ---------------------------------------------------------------------------------------------
// Writers

function writeText(d: GDoc): string {
  const lines: string[] = []
  const unit = (n: GNode, depth: number): void => {
    const indent = '    '.repeat(depth)
    const [first = '', ...rest] = n.al
    if (n.type === 'artikel') {
      for (const a of n.al) lines.push(a)
    } else {
      lines.push(`${indent}${n.number}. ${first}`)
      for (const a of rest) lines.push(`${indent}${a}`)
    }
    for (const c of n.children) unit(c, c.type === 'lid' ? 0 : c.type === 'onderdeel' ? 1 : 2)
  }
  for (const b of d.boeken) {
    lines.push(`Boek ${b.number}. ${b.title}`, '')
    for (const t of b.titels) {
      lines.push(`Titel ${t.number}. ${t.title}`, '')
      for (const a of t.articles) {
        lines.push(`Artikel ${a.number}`)
        unit(a, 0)
        lines.push('')
      }
    }
  }
  return lines.join('\n')
}

export function escapeXml(s: string, attr = false): string {
  let out = s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
  if (attr) out = out.replace(/"/g, '&quot;').replace(/'/g, '&apos;')
  // BWB writes the degree sign as a character reference (`1&#xB0;.`).
  return out.replace(/°/g, '&#xB0;')
}

interface XmlMeta {
  bwbId: string
  date: string
  citeertitel: string
}

function writeXml(d: GDoc, meta: XmlMeta): string {
  const out: string[] = []
  const A = (s: string): string => escapeXml(s, true)
  const T = (s: string): string => escapeXml(s)
  const ind = (n: number): string => '  '.repeat(n)
  const lijst = (parent: GNode, depth: number, base: string): void => {
    const items = parent.children.filter((c) => c.type !== 'lid')
    if (items.length === 0) return
    out.push(`${ind(depth)}<lijst type="expliciet" nr-sluiting="." level="single" start="1">`)
    for (const li of items) {
      out.push(`${ind(depth + 1)}<li>`)
      out.push(`${ind(depth + 2)}<li.nr>${T(li.number)}.</li.nr>`)
      for (const a of li.al) out.push(`${ind(depth + 2)}<al>${T(a)}</al>`)
      lijst(li, depth + 2, base)
      out.push(`${ind(depth + 1)}</li>`)
    }
    out.push(`${ind(depth)}</lijst>`)
  }
  out.push(`<?xml version="1.0" encoding="utf-8"?>`)
  out.push(
    `<toestand xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" bwb-ng-vast-deel="http://wetten.overheid.nl/id/${A(meta.bwbId)}/${A(meta.date)}/0" xsi:noNamespaceSchemaLocation="https://repository.officiele-overheidspublicaties.nl/Schema/BWB-toestand/2016-1/xsd/toestand_2016-1.xsd" bwb-id="${A(meta.bwbId)}" inwerkingtreding="${A(meta.date)}">`,
  )
  out.push(`${ind(1)}<bwb-inputbestand>${T(meta.bwbId)}_${T(meta.date)}_0</bwb-inputbestand>`)
  out.push(`${ind(1)}<bwb-wijzigingen />`)
  out.push(`${ind(1)}<wetgeving dtdversie="2.0" soort="wet" xml:lang="nl" inwerkingtredingsdatum="${A(meta.date)}">`)
  out.push(`${ind(2)}<intitule>Wet van 12 maart 2024, houdende regels omtrent toezicht, handhaving en rechtsbescherming (${T(meta.citeertitel)})</intitule>`)
  out.push(`${ind(2)}<citeertitel status="officieel">${T(meta.citeertitel)}</citeertitel>`)
  out.push(`${ind(2)}<wet-besluit>`)
  out.push(`${ind(3)}<wettekst>`)
  for (const b of d.boeken) {
    out.push(`${ind(4)}<boek bwb-ng-variabel-deel="/Boek${A(b.number)}">`)
    out.push(`${ind(5)}<kop><label>Boek</label><nr>${T(b.number)}</nr><titel>${T(b.title)}</titel></kop>`)
    for (const t of b.titels) {
      const tPath = `/Boek${b.number}/Titeldeel${t.number}`
      out.push(`${ind(5)}<titeldeel bwb-ng-variabel-deel="${A(tPath)}">`)
      out.push(`${ind(6)}<kop><label>Titel</label><nr>${T(t.number)}</nr><titel>${T(t.title)}</titel></kop>`)
      for (const a of t.articles) {
        const aPath = `${tPath}/Artikel${a.number}`
        out.push(`${ind(6)}<artikel bwb-ng-variabel-deel="${A(aPath)}" label="${A('Artikel ' + a.number)}" status="goed">`)
        out.push(`${ind(7)}<kop>`)
        out.push(`${ind(8)}<label>Artikel</label>`)
        out.push(`${ind(8)}<nr status="officieel">${T(a.number)}</nr>`)
        out.push(`${ind(7)}</kop>`)
        for (const al of a.al) out.push(`${ind(7)}<al>${T(al)}</al>`)
        for (const lid of a.children.filter((c) => c.type === 'lid')) {
          out.push(`${ind(7)}<lid bwb-ng-variabel-deel="${A(`${aPath}/Lid${lid.number}`)}">`)
          out.push(`${ind(8)}<lidnr status="officieel">${T(lid.number)}</lidnr>`)
          for (const al of lid.al) out.push(`${ind(8)}<al>${T(al)}</al>`)
          lijst(lid, 8, aPath)
          out.push(`${ind(7)}</lid>`)
        }
        lijst(a, 7, aPath)
        const jci = `jci1.3:c:${meta.bwbId}&boek=${b.number}&titeldeel=${t.number}&artikel=${a.number}&z=${meta.date}&g=${meta.date}`
        out.push(
          `${ind(7)}<meta-data><jcis><jci versie="1.3" verwijzing="${A(jci)}" onderdeel="${A('artikel=' + a.number)}" /></jcis></meta-data>`,
        )
        out.push(`${ind(6)}</artikel>`)
      }
      out.push(`${ind(5)}</titeldeel>`)
    }
    out.push(`${ind(4)}</boek>`)
  }
  out.push(`${ind(3)}</wettekst>`)
  out.push(`${ind(2)}</wet-besluit>`)
  out.push(`${ind(1)}</wetgeving>`)
  out.push(`</toestand>`)
  return out.join('\n') + '\n'
}

// ---------------------------------------------------------------------------------------------
// Generator

export interface GenerateOptions {
  /** About this many articles in the old version (default 1,500). */
  articles?: number
  seed: number
  /**
   * `per-boek` (default, as in the Burgerlijk Wetboek and the Wetboek van Strafrecht): every Boek
   * starts again at Titel 1. `continuous`: titels are numbered through the whole text.
   */
  titelNumbering?: 'per-boek' | 'continuous'
}

export interface PathPair {
  readonly old: string
  readonly new: string
}

export interface WordEdit extends PathPair {
  readonly op: 'replace' | 'insert' | 'delete'
  /** Words removed (replace/delete). */
  readonly removed: string
  /** Words added (replace/insert). */
  readonly added: string
}

export interface Truth {
  readonly seed: number
  readonly articles: { readonly old: number; readonly new: number }
  /** Addressable units (artikel and below). */
  readonly units: { readonly old: number; readonly new: number }
  /** Whole articles inserted (new paths) / deleted (old paths). Their descendants are implied. */
  readonly insertedArticles: readonly string[]
  readonly deletedArticles: readonly string[]
  /** Articles given another number (e.g. artikel:12a → artikel:13), content otherwise kept. */
  readonly renumberedArticles: readonly PathPair[]
  /** Leden inserted before other leden (new paths); the leden after them are renumbered. */
  readonly insertedLeden: readonly string[]
  /** Leden moved to another position within their article, or to another article. */
  readonly moved: ReadonlyArray<PathPair & { readonly acrossArticles: boolean }>
  /**
   * Units whose own number changed while they stayed under the same parent (leden after an
   * inserted, moved or split lid; onderdelen after a merge; renumbered articles).
   */
  readonly renumbered: readonly PathPair[]
  /** One lid's text divided over two consecutive leden. */
  readonly splits: ReadonlyArray<{ readonly old: string; readonly new: readonly [string, string] }>
  /** Two consecutive onderdelen combined into one. */
  readonly merges: ReadonlyArray<{ readonly old: readonly [string, string]; readonly new: string }>
  /** Word-level edits (~10% of the units with text). */
  readonly wordEdits: readonly WordEdit[]
  /**
   * Every unit that exists in both versions as the same unit (not split, merged, inserted or
   * deleted): old path → new path, in old document order. Includes unchanged units.
   */
  readonly mapping: readonly PathPair[]
}

export interface GeneratedPair {
  readonly oldText: string
  readonly newText: string
  readonly oldXml: string
  readonly newXml: string
  readonly truth: Truth
}

const split2 = (text: string): [string, string] | null => {
  const parts = text.split(/(?<=\.)\s+(?=[A-Z])/)
  if (parts.length < 2) return null
  const k = Math.ceil(parts.length / 2)
  return [parts.slice(0, k).join(' '), parts.slice(k).join(' ')]
}

const isPlain = (w: string | undefined): boolean => w !== undefined && /^[a-zà-ÿ]+$/i.test(w)

/** Start positions (never the first or last word) where `phrase` occurs as plain words. */
function occurrences(words: readonly string[], phrase: string): number[] {
  const p = phrase.split(' ')
  const out: number[] = []
  for (let i = 1; i + p.length < words.length; i++) if (p.every((w, k) => words[i + k] === w)) out.push(i)
  return out
}

/** Applies one word edit in place; returns what changed, or null when the text offers no spot. */
function editWords(rng: Rng, words: string[]): { op: WordEdit['op']; removed: string; added: string } | null {
  const plain = words.map((w, i) => (i > 0 && i < words.length - 1 && isPlain(w) ? i : -1)).filter((i) => i >= 0)
  const replaceSpots: Array<{ at: number; len: number; to: string }> = []
  const insertSpots: Array<{ at: number; text: string }> = []
  const deleteSpots: Array<{ at: number; len: number }> = []
  for (const i of plain) {
    const w = words[i] as string
    const alts = SUBSTITUTES[w]
    if (alts) replaceSpots.push({ at: i, len: 1, to: rng.pick(alts) })
    if (w === 'wordt' || w === 'worden' || w === 'kan') insertSpots.push({ at: i + 1, text: rng.pick(ADVERBS) })
    const next = words[i + 1] ?? ''
    if ((w === 'de' || w === 'een') && /^[a-zà-ÿ]{4,}$/.test(next) && !SUBSTITUTES[next] && !NOT_NOUNS.has(next)) insertSpots.push({ at: i + 1, text: rng.pick(ADJECTIVES) })
  }
  for (const [from, to] of PHRASE_SUBSTITUTES) for (const at of occurrences(words, from)) replaceSpots.push({ at, len: from.split(' ').length, to })
  for (const d of DELETABLE) for (const at of occurrences(words, d)) deleteSpots.push({ at, len: d.split(' ').length })
  const ops: Array<WordEdit['op']> = []
  if (replaceSpots.length > 0) ops.push('replace', 'replace')
  if (insertSpots.length > 0) ops.push('insert')
  if (deleteSpots.length > 0) ops.push('delete')
  if (ops.length === 0) return null
  const op = rng.pick(ops)
  if (op === 'replace') {
    const spot = rng.pick(replaceSpots)
    const removed = words.slice(spot.at, spot.at + spot.len).join(' ')
    words.splice(spot.at, spot.len, spot.to)
    return { op, removed, added: spot.to }
  }
  if (op === 'insert') {
    const spot = rng.pick(insertSpots)
    words.splice(spot.at, 0, spot.text)
    return { op, removed: '', added: spot.text }
  }
  const spot = rng.pick(deleteSpots)
  const removed = words.slice(spot.at, spot.at + spot.len).join(' ')
  words.splice(spot.at, spot.len)
  return { op, removed, added: '' }
}

export function generatePair(opts: GenerateOptions): GeneratedPair {
  const N = Math.max(10, Math.floor(opts.articles ?? 1500))
  const rng = new Rng(opts.seed)
  const ph = new Phrases(rng, N)
  let nextId = 1
  const seen = new Set<string>()

  /** A unit text not used before (texts must be distinguishable). */
  const unique = (make: () => string): string => {
    for (let i = 0; i < 50; i++) {
      const s = tidy(make())
      if (!seen.has(s)) {
        seen.add(s)
        return s
      }
    }
    const s = tidy(make())
    seen.add(s)
    return s
  }

  const node = (type: ItemType, number: string, al: string[], children: GNode[] = [], listStyle?: ListStyle): GNode => {
    const n: GNode = { id: nextId++, type, number, al, children }
    if (listStyle) n.listStyle = listStyle
    return n
  }

  /** Onderdelen (and subonderdelen) for a lead-in. `last` is the terminal of the whole list. */
  const makeList = (type: 'onderdeel' | 'subonderdeel', style: ListStyle, item: () => string, count: number, last: string): GNode[] => {
    const out: GNode[] = []
    const conj = rng.chance(0.3) ? rng.pick(['; en', '; of']) : ';'
    for (let i = 0; i < count; i++) {
      const terminal = i === count - 1 ? last : i === count - 2 ? conj : ';'
      if (type === 'onderdeel' && rng.chance(0.12)) {
        const subStyle: ListStyle = style === 'deg' ? 'alpha' : 'deg'
        const lead = unique(() => ph.subLead(item))
        const subs = makeList('subonderdeel', subStyle, () => ph.condition(), rng.int(2, 4), terminal)
        out.push(node(type, marker(style, i), [lead], subs, subStyle))
      } else {
        const min = type === 'onderdeel' ? 12 : 8
        const max = type === 'onderdeel' ? 45 : 30
        out.push(node(type, marker(style, i), [unique(() => ph.sized(item, min, max, terminal))]))
      }
    }
    return out
  }

  const listUnit = (type: 'artikel' | 'lid', number: string): GNode => {
    let item: () => string = () => ''
    const leadText = unique(() => {
      const li = ph.leadIn()
      item = li.item
      return li.lead
    })
    const style: ListStyle = rng.chance(0.55) ? 'deg' : 'alpha'
    return node(type, number, [leadText], makeList('onderdeel', style, item, rng.weighted([[2, 2], [3, 4], [4, 3], [5, 2], [6, 1], [7, 1]] as const), '.'), style)
  }

  const lidText = (): string[] => {
    const sentences = rng.weighted([[1, 55], [2, 35], [3, 10]] as const)
    const make = (): string => {
      for (let i = 0; i < 20; i++) {
        const parts: string[] = []
        for (let s = 0; s < sentences; s++) parts.push(ph.sentence())
        const text = parts.join(' ')
        const wc = wordCount(text)
        if (wc >= 15 && wc <= 70) return text
      }
      return ph.sized(() => ph.sentence().replace(/\.$/, ''), 15, 60, '.')
    }
    const first = unique(make)
    // A few leden have a second alinea.
    if (rng.chance(0.05)) return [first, unique(() => ph.sentence())]
    return [first]
  }

  const makeLid = (number: string): GNode => (rng.chance(0.2) ? listUnit('lid', number) : node('lid', number, lidText()))

  const makeArticle = (number: string): GNode => {
    if (rng.chance(0.22)) {
      if (rng.chance(0.45)) return listUnit('artikel', number)
      return node('artikel', number, lidText())
    }
    const count = rng.weighted([[2, 25], [3, 30], [4, 20], [5, 15], [6, 6], [7, 3], [8, 1]] as const)
    const leden: GNode[] = []
    for (let i = 1; i <= count; i++) leden.push(makeLid(String(i)))
    return node('artikel', number, [], leden)
  }

  // Article numbers: 1, 2, 2a, 3, 5 (4 repealed long ago), …
  const numbers: string[] = []
  {
    let base = 1
    while (numbers.length < N) {
      numbers.push(String(base))
      let gap = rng.chance(0.03)
      if (rng.chance(0.1) && numbers.length < N) {
        const letters = rng.chance(0.25) ? rng.int(2, 3) : 1
        for (let i = 0; i < letters && numbers.length < N; i++) numbers.push(`${base}${ALPHA[i] ?? 'z'}`)
        if (rng.chance(0.3)) gap = true
      }
      base += gap ? 2 : 1
    }
  }
  const oldNumbers = new Set(numbers)

  // Divisions: titels of 10–45 articles, boeken of 3–10 titels.
  const oldDoc: GDoc = { boeken: [] }
  {
    let i = 0
    let boekNr = 0
    let titelNr = 0
    let titelCount = 0
    let titelsLeft = 0
    let boek: GBoek | undefined
    // Titel titles from a shuffled pool, so that neighbouring titels differ.
    let pool: string[] = []
    const nextTitle = (): string => {
      if (pool.length === 0) pool = rng.shuffle(TITEL_TITLES.filter((t) => t !== 'Begripsbepalingen'))
      return pool.pop() as string
    }
    while (i < numbers.length) {
      if (!boek || titelsLeft === 0) {
        boekNr++
        if (opts.titelNumbering !== 'continuous') titelNr = 0
        // 3–10 titels a boek; fewer in a small text so that it still has more than one boek.
        titelsLeft = Math.min(rng.int(3, 10), Math.max(2, Math.floor(N / 27 / 2)))
        boek = { number: String(boekNr), title: BOEK_TITLES[(boekNr - 1) % BOEK_TITLES.length] as string, titels: [] }
        oldDoc.boeken.push(boek)
      }
      titelNr++
      titelCount++
      titelsLeft--
      const size = Math.min(rng.int(10, 45), numbers.length - i)
      const titel: GTitel = { number: String(titelNr), title: titelCount === 1 ? 'Begripsbepalingen' : nextTitle(), articles: [] }
      for (let k = 0; k < size; k++) {
        const nr = numbers[i++] as string
        let art: GNode
        if (titelCount === 1 && k === 0) {
          // The first article defines terms, as in most statutes.
          const lead = unique(() => 'Voor de toepassing van deze wet en de daarop berustende bepalingen wordt verstaan onder:')
          const items = makeList('onderdeel', 'alpha', () => ph.definition(), 8, '.')
          art = node('artikel', nr, [lead], items, 'alpha')
        } else {
          art = makeArticle(nr)
        }
        titel.articles.push(art)
      }
      boek.titels.push(titel)
    }
  }

  // ---- The proposed version -------------------------------------------------------------------
  const newDoc = cloneDoc(oldDoc)
  const oldPaths = pathsById(oldDoc)
  const newNumbers = new Set(numbers)
  const used = new Set<number>() // article ids that carry a structural operation
  const createdIds = new Set<number>() // units of the new version that are not the same unit as an old one
  const markCreated = (n: GNode): void => {
    createdIds.add(n.id)
    n.children.forEach(markCreated)
  }
  const insertedArticleIds: number[] = []
  const deletedArticlePaths: string[] = []
  const renumberedArticleIds: number[] = []
  const insertedLidIds: number[] = []
  const movedOps: Array<{ id: number; across: boolean }> = []
  const splitOps: Array<{ oldId: number; newIds: [number, number] }> = []
  const mergeOps: Array<{ oldIds: [number, number]; newId: number }> = []

  const count = (rate: number): number => Math.max(1, Math.round(rate * N))
  const located = (): Array<{ art: GNode; titel: GTitel }> => {
    const out: Array<{ art: GNode; titel: GTitel }> = []
    for (const b of newDoc.boeken) for (const t of b.titels) for (const art of t.articles) out.push({ art, titel: t })
    return out
  }
  const leden = (a: GNode): GNode[] => a.children.filter((c) => c.type === 'lid')
  /** Up to `n` unused articles satisfying `pred`, in random order; marks them used. */
  const take = (n: number, pred: (x: { art: GNode; titel: GTitel }) => boolean): Array<{ art: GNode; titel: GTitel }> => {
    const out: Array<{ art: GNode; titel: GTitel }> = []
    for (const x of rng.shuffle(located())) {
      if (out.length >= n) break
      if (used.has(x.art.id) || !pred(x)) continue
      used.add(x.art.id)
      out.push(x)
    }
    return out
  }

  // Deleted articles.
  for (const { art, titel } of take(count(0.015), ({ titel }) => titel.articles.length > 3)) {
    deletedArticlePaths.push(oldPaths.get(art.id) as string)
    titel.articles.splice(titel.articles.indexOf(art), 1)
  }

  // Renumbered articles: 12a → 13 where 13 is free (and 12a is the last of the 12-series).
  for (const { art } of take(count(0.01), ({ art }) => {
    const m = /^(\d+)([a-z])$/.exec(art.number)
    if (!m) return false
    const nextLetter = String.fromCharCode((m[2] as string).charCodeAt(0) + 1)
    const target = String(Number(m[1]) + 1)
    return !oldNumbers.has(`${m[1]}${nextLetter}`) && !newNumbers.has(target)
  })) {
    const m = /^(\d+)([a-z])$/.exec(art.number) as RegExpExecArray
    art.number = String(Number(m[1]) + 1)
    newNumbers.add(art.number)
    renumberedArticleIds.push(art.id)
  }

  // Inserted articles: after 45 comes 45a, after 12a comes 12b (never reusing an old number).
  {
    let wanted = count(0.02)
    for (const { art, titel } of rng.shuffle(located())) {
      if (wanted === 0) break
      if (used.has(art.id)) continue
      const m = /^(\d+)([a-z]?)$/.exec(art.number)
      if (!m) continue
      const letter = m[2] ? String.fromCharCode(m[2].charCodeAt(0) + 1) : 'a'
      const nr = `${m[1]}${letter}`
      if (oldNumbers.has(nr) || newNumbers.has(nr)) continue
      newNumbers.add(nr)
      const fresh = makeArticle(nr)
      markCreated(fresh)
      titel.articles.splice(titel.articles.indexOf(art) + 1, 0, fresh)
      insertedArticleIds.push(fresh.id)
      wanted--
    }
  }

  // A lid inserted before other leden (they are renumbered).
  for (const { art } of take(count(0.015), ({ art }) => leden(art).length >= 2)) {
    const pos = rng.int(0, leden(art).length - 1)
    const fresh = makeLid('0')
    markCreated(fresh)
    art.children.splice(pos, 0, fresh)
    renumberChildren(art)
    insertedLidIds.push(fresh.id)
  }

  // Leden moved within their article.
  for (const { art } of take(count(0.01), ({ art }) => leden(art).length >= 3)) {
    const from = rng.int(0, art.children.length - 1)
    let to = rng.int(0, art.children.length - 2)
    if (to >= from) to++
    const [lid] = art.children.splice(from, 1) as [GNode]
    art.children.splice(to, 0, lid)
    renumberChildren(art)
    movedOps.push({ id: lid.id, across: false })
  }

  // Leden moved to another article.
  for (const { art } of take(count(0.01), ({ art }) => leden(art).length >= 3)) {
    const [target] = take(1, ({ art: b }) => b !== art && leden(b).length >= 2)
    if (!target) break
    const from = rng.int(0, art.children.length - 1)
    const [lid] = art.children.splice(from, 1) as [GNode]
    const to = rng.chance(0.6) ? target.art.children.length : rng.int(0, target.art.children.length)
    target.art.children.splice(to, 0, lid)
    renumberChildren(art)
    renumberChildren(target.art)
    movedOps.push({ id: lid.id, across: true })
  }

  // Splits: one lid's text divided over two leden.
  for (const { art } of take(count(0.012), ({ art }) =>
    leden(art).some((l) => l.children.length === 0 && (l.al.length >= 2 || split2(l.al[0] ?? '') !== null)),
  )) {
    const candidates = art.children.filter((l) => l.type === 'lid' && l.children.length === 0 && (l.al.length >= 2 || split2(l.al[0] ?? '') !== null))
    const lid = rng.pick(candidates)
    const [a, b] = lid.al.length >= 2 ? [lid.al[0] as string, lid.al.slice(1).join(' ')] : (split2(lid.al[0] as string) as [string, string])
    const first = node('lid', '0', [a])
    const second = node('lid', '0', [b])
    createdIds.add(first.id)
    createdIds.add(second.id)
    art.children.splice(art.children.indexOf(lid), 1, first, second)
    renumberChildren(art)
    splitOps.push({ oldId: lid.id, newIds: [first.id, second.id] })
  }

  // Merges: two consecutive onderdelen combined into one.
  const mergeable = (p: GNode): number[] => {
    const idx: number[] = []
    const items = p.children
    if (items.length < 3 || items[0]?.type !== 'onderdeel') return idx
    for (let i = 0; i + 1 < items.length; i++) if (items[i]?.children.length === 0 && items[i + 1]?.children.length === 0) idx.push(i)
    return idx
  }
  const parentsWithList = (a: GNode): GNode[] => [a, ...leden(a)].filter((p) => mergeable(p).length > 0)
  for (const { art } of take(count(0.012), ({ art }) => parentsWithList(art).length > 0)) {
    const parent = rng.pick(parentsWithList(art))
    const i = rng.pick(mergeable(parent))
    const x = parent.children[i] as GNode
    const y = parent.children[i + 1] as GNode
    const xText = (x.al[0] ?? '').replace(/(; en|; of|;|\.)$/, '')
    const merged = node('onderdeel', x.number, [`${xText}${rng.pick([', alsmede ', ' dan wel ', ', en '])}${y.al[0] ?? ''}`])
    createdIds.add(merged.id)
    parent.children.splice(i, 2, merged)
    renumberChildren(parent)
    mergeOps.push({ oldIds: [x.id, y.id], newId: merged.id })
  }

  // Word edits in ~10% of the units with text that exist in both versions.
  const editIds: Array<{ id: number; op: WordEdit['op']; removed: string; added: string }> = []
  const visitEdit = (n: GNode): void => {
    if (!createdIds.has(n.id) && n.al.length > 0 && rng.chance(0.11)) {
      const ai = rng.int(0, n.al.length - 1)
      const words = (n.al[ai] as string).split(' ')
      const edit = editWords(rng, words)
      if (edit) {
        n.al[ai] = words.join(' ')
        editIds.push({ id: n.id, ...edit })
      }
    }
    n.children.forEach(visitEdit)
  }
  for (const a of articlesOf(newDoc)) visitEdit(a)

  // ---- Truth --------------------------------------------------------------------------------
  const newPaths = pathsById(newDoc)
  const P = (m: Map<number, string>, id: number): string => m.get(id) as string
  const movedIds = new Set(movedOps.map((m) => m.id))
  const parentOf = (d: GDoc): Map<number, number> => {
    const out = new Map<number, number>()
    const visit = (n: GNode): void => n.children.forEach((c) => (out.set(c.id, n.id), visit(c)))
    for (const a of articlesOf(d)) visit(a)
    return out
  }
  const oldParent = parentOf(oldDoc)
  const newParent = parentOf(newDoc)
  const lastSeg = (p: string): string => p.slice(p.lastIndexOf('/') + 1)
  const mapping: PathPair[] = []
  const renumbered: PathPair[] = []
  for (const [id, op] of oldPaths) {
    const np = newPaths.get(id)
    if (np === undefined || createdIds.has(id)) continue
    mapping.push({ old: op, new: np })
    if (!movedIds.has(id) && oldParent.get(id) === newParent.get(id) && lastSeg(op) !== lastSeg(np)) renumbered.push({ old: op, new: np })
  }

  const truth: Truth = {
    seed: opts.seed,
    articles: { old: [...articlesOf(oldDoc)].length, new: [...articlesOf(newDoc)].length },
    units: { old: oldPaths.size, new: newPaths.size },
    insertedArticles: insertedArticleIds.map((id) => P(newPaths, id)),
    deletedArticles: deletedArticlePaths,
    renumberedArticles: renumberedArticleIds.map((id) => ({ old: P(oldPaths, id), new: P(newPaths, id) })),
    insertedLeden: insertedLidIds.map((id) => P(newPaths, id)),
    moved: movedOps.map(({ id, across }) => ({ old: P(oldPaths, id), new: P(newPaths, id), acrossArticles: across })),
    renumbered,
    splits: splitOps.map(({ oldId, newIds }) => ({ old: P(oldPaths, oldId), new: [P(newPaths, newIds[0]), P(newPaths, newIds[1])] as const })),
    merges: mergeOps.map(({ oldIds, newId }) => ({ old: [P(oldPaths, oldIds[0]), P(oldPaths, oldIds[1])] as const, new: P(newPaths, newId) })),
    wordEdits: editIds.map(({ id, op, removed, added }) => ({ old: P(oldPaths, id), new: P(newPaths, id), op, removed, added })),
    mapping,
  }

  const citeertitel = 'Wet toezicht en handhaving'
  return {
    oldText: writeText(oldDoc),
    newText: writeText(newDoc),
    oldXml: writeXml(oldDoc, { bwbId: 'BWBR9999001', date: '2024-01-01', citeertitel }),
    newXml: writeXml(newDoc, { bwbId: 'BWBR9999001', date: '2026-01-01', citeertitel }),
    truth,
  }
}
