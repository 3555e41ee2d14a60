/**
 * The catalogue against its sources: every passage is marked exactly as legal/non-punishment.md
 * marks it (never verbatim where the file says from memory), every parameter quote is found in a
 * text at least as reliable as the basis claims, and the parameters say what the texts say.
 */
import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { CATALOGUE, getModel, SCHEDULE_4, type ModelId, type ProvisionModel, type TextStatus } from '../../shared/provisions/index.js'

const LEGAL = fileURLToPath(new URL('../../../shared/legal/non-punishment.md', import.meta.url))
const collapse = (s: string): string => s.replace(/\s+/g, ' ').trim()
/** A line of the Markdown without its quote, heading and list markers and emphasis. */
const bare = (line: string): string => line.replace(/^>\s?/, '').replace(/^#+\s/, '').replace(/^-\s/, '').replace(/\*\*/g, '').replace(/\*/g, '')

const RANK: Record<TextStatus, number> = { unverified: 0, 'verbatim-secondary': 1, verbatim: 2 }

/** How the file marks the passage starting at line `i`: the nearest legend at or above it. */
function legendAbove(lines: readonly string[], i: number): TextStatus | null {
  for (let k = i; k >= 0; k--) {
    const l = lines[k]!
    if (l.startsWith('>')) continue
    if (/FROM MEMORY/.test(l)) return 'unverified'
    if (/VERBATIM \(secondary/.test(l)) return 'verbatim-secondary'
    if (/VERBATIM/.test(l)) return 'verbatim'
  }
  return null
}

const texts = CATALOGUE.flatMap((m) => m.texts.map((t) => ({ model: m.id, ...t })))

describe('the catalogue', () => {
  it('holds the eight models of the issue, the UK model first', () => {
    expect(CATALOGUE.map((m) => m.id)).toEqual(['uk-s45', 'ni-s22', 'scotland-s8', 'eu-art8', 'coe-art26', 'be-433quinquies', 'es-177bis', 'de-154c'])
    expect(() => getModel('xx' as ModelId)).toThrow(/No non-punishment model/)
  })

  it('gives every model at least one text with a source', () => {
    for (const m of CATALOGUE) {
      expect(m.texts.length, m.id).toBeGreaterThan(0)
      for (const t of m.texts) for (const lang of ['nl', 'en'] as const) expect(t.source.title[lang].length, `${m.id} ${t.part.en}`).toBeGreaterThan(0)
    }
  })

  it('never marks the EU Directive, the CoE Convention or Spain verbatim: the file has them from memory', () => {
    for (const id of ['eu-art8', 'coe-art26', 'es-177bis'] as const) {
      expect(getModel(id).texts.some((t) => t.status === 'verbatim'), id).toBe(false)
    }
    expect(getModel('be-433quinquies').texts.find((t) => t.language === 'nl')?.status).toBe('verbatim-secondary')
  })

  it.each(CATALOGUE.map((m) => [m.id, m] as [ModelId, ProvisionModel]))('%s: each parameter quote stands in a text at least as reliable as claimed', (_id, m) => {
    for (const b of m.basis) {
      if (b.status === 'interpretation') {
        expect(b.note, `${m.id} ${b.parameter}`).toBeTruthy()
        continue
      }
      const quote = b.quote!
      const holders = m.texts.filter((t) => collapse(t.text).includes(collapse(quote)))
      expect(holders.length, `${m.id} ${b.parameter}: "${quote}"`).toBeGreaterThan(0)
      expect(Math.max(...holders.map((t) => RANK[t.status])), `${m.id} ${b.parameter}`).toBeGreaterThanOrEqual(RANK[b.status])
    }
  })

  it('gives every parameter of every model a basis', () => {
    for (const m of CATALOGUE) {
      const covered = new Set(m.basis.map((b) => b.parameter))
      for (const p of ['offences', 'link', 'stage', 'burden', 'discretion'] as const) expect(covered.has(p), `${m.id} ${p}`).toBe(true)
    }
  })
})

describe.runIf(existsSync(LEGAL))('the catalogue against legal/non-punishment.md', () => {
  const raw = existsSync(LEGAL) ? readFileSync(LEGAL, 'utf8') : ''
  const lines = raw.split('\n')
  const bareLines = lines.map(bare)
  const whole = collapse(bareLines.join('\n'))

  it.each(texts.map((t) => [`${t.model}: ${t.part.en}`, t] as const))('%s is in the file, with the file\'s marking', (_name, t) => {
    expect(whole).toContain(collapse(t.text))
    const first = collapse(t.text.split('\n')[0]!)
    const at = bareLines.findIndex((l) => collapse(l).includes(first))
    expect(at).toBeGreaterThanOrEqual(0)
    expect(legendAbove(lines, at)).toBe(t.status)
  })
})

describe('parameters read from the texts', () => {
  const s45 = getModel('uk-s45')
  const s45Text = s45.texts[0]!.text

  it('UK s. 45: reasonable-person test for adults, a different one for minors, no compulsion for minors', () => {
    expect(s45Text).toContain('would have no realistic alternative to doing that act')
    expect(s45.parameters.link.reasonablePerson).toBe('no-realistic-alternative')
    expect(s45Text).toContain('compelled to do something by another person or by the person’s circumstances')
    expect(s45.parameters.link.compulsion).toBe('compelled-by-another-or-circumstances')
    expect(s45Text).toMatch(/\(4\)[^]*would do that act/)
    expect(s45.parameters.minors).toEqual({ kind: 'own', link: { compulsion: 'none', nexus: 'direct-consequence', reasonablePerson: 'would-do-that-act' } })
    expect(s45Text).toContain('is not guilty of an offence')
    expect(s45.parameters).toMatchObject({ stage: 'not-punishing', discretion: 'must' })
  })

  it('UK Schedule 4: the items marked verbatim are in the verbatim schedule, the others are not', () => {
    const schedule = collapse(s45.texts.find((t) => t.part.en.startsWith('Schedule 4'))!.text)
    expect(s45.parameters.offences).toMatchObject({ kind: 'all-except', listName: 'Schedule 4', complete: false })
    for (const item of SCHEDULE_4) {
      const inText = schedule.includes(collapse(item.original))
      expect(inText, item.original).toBe(item.status === 'verbatim')
    }
    // The burden is not in the statute: it must be flagged as interpretation, not as text.
    expect(s45.basis.find((b) => b.parameter === 'burden')?.status).toBe('interpretation')
  })

  it('NI s. 22: minors without a reasonable-person test, unlike s. 45 (4)', () => {
    const ni = getModel('ni-s22')
    expect(ni.texts[0]!.text).toMatch(/\(6\)[^]*a child[^]*direct consequence/)
    expect(ni.texts[0]!.text).not.toMatch(/\(6\)[^]*would do that act/)
    expect(ni.parameters.minors).toEqual({ kind: 'own', link: { compulsion: 'none', nexus: 'direct-consequence', reasonablePerson: 'none' } })
  })

  it('EU art. 8: "entitled not to prosecute or impose penalties" is a may, at both stages — and from memory', () => {
    const eu = getModel('eu-art8')
    const en = eu.texts.find((t) => t.language === 'en')!
    expect(en.text).toContain('are entitled not to prosecute or impose penalties')
    expect(en.status).toBe('unverified')
    expect(eu.parameters).toMatchObject({ discretion: 'may', stage: 'both', link: { compulsion: 'compelled', nexus: 'direct-consequence' } })
  })

  it('CoE art. 26: a possibility of not imposing penalties, compulsion only', () => {
    const coe = getModel('coe-art26')
    expect(coe.texts[0]!.text).toContain('provide for the possibility of not imposing penalties')
    expect(coe.parameters).toMatchObject({ discretion: 'may', stage: 'not-punishing', link: { compulsion: 'compelled', nexus: 'none' } })
  })

  it('Belgium § 5: direct consequence, no compulsion, no penalty', () => {
    const be = getModel('be-433quinquies')
    const text = be.texts[0]!.text
    expect(text).toContain('als rechtstreeks gevolg van zijn uitbuiting loopt geen straf op')
    expect(text).not.toMatch(/gedwongen/)
    expect(be.parameters).toMatchObject({ offences: { kind: 'all' }, link: { compulsion: 'none', nexus: 'direct-consequence' }, stage: 'not-punishing', discretion: 'must' })
  })

  it('Spain: exempt from penalty, with proportionality', () => {
    const es = getModel('es-177bis')
    expect(es.texts[0]!.text).toContain('quedará exenta de pena')
    expect(es.parameters.conditions).toEqual(['proportionality'])
  })

  it('Germany § 154c (2): "kann … absehen" for a Vergehen the victim\'s report brings to light', () => {
    const de = getModel('de-154c')
    const text = de.texts[0]!.text
    expect(text).toContain('so kann die Staatsanwaltschaft von der Verfolgung des Vergehens absehen')
    expect(de.parameters).toMatchObject({ discretion: 'may', stage: 'not-prosecuting', offences: { kind: 'only-lighter' } })
    expect(de.parameters.conditions).toEqual(['victim-reports', 'gravity-exception'])
  })
})
