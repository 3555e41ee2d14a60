/**
 * Editing a variant's parameters with plain selects, each labelled in Dutch, so every choice is
 * reachable by keyboard. Changing a parameter yields new parameters; the workbench decides what
 * that does to the variant (a catalogue model edited becomes the drafter's own design).
 */
import type { Burden, Compulsion, Discretion, Link, Nexus, NonPunishmentParameters, OffenceScope, ReasonablePerson, Stage } from '../../shared/provisions/parameters.js'
import { PARAMETER_LABELS } from '../../shared/provisions/explain.js'

interface Option<T extends string> {
  readonly value: T
  readonly label: string
}

function Select<T extends string>(p: { label: string; value: T; options: readonly Option<T>[]; onChange: (v: T) => void }) {
  return (
    <label className="np-field">
      <span>{p.label}</span>
      <select value={p.value} onChange={(e) => p.onChange(e.currentTarget.value as T)}>
        {p.options.map((o) => (
          <option key={o.value} value={o.value}>{o.label}</option>
        ))}
      </select>
    </label>
  )
}

const COMPULSION: readonly Option<Compulsion>[] = [
  { value: 'none', label: 'geen dwang vereist' },
  { value: 'compelled', label: 'gedwongen' },
  { value: 'compelled-by-another-or-circumstances', label: 'gedwongen door een ander of door omstandigheden' },
]
const NEXUS: readonly Option<Nexus>[] = [
  { value: 'direct-consequence', label: 'rechtstreeks gevolg van de uitbuiting' },
  { value: 'in-connection-with', label: 'in verband met de uitbuiting' },
  { value: 'none', label: 'geen verband vereist' },
]
const REASONABLE: readonly Option<ReasonablePerson>[] = [
  { value: 'none', label: 'geen redelijk-persoontoets' },
  { value: 'no-realistic-alternative', label: 'redelijk persoon: geen reëel alternatief' },
  { value: 'would-do-that-act', label: 'redelijk persoon: zou hetzelfde doen' },
]
const STAGE: readonly Option<Stage>[] = [
  { value: 'not-punishing', label: 'niet bestraffen' },
  { value: 'not-prosecuting', label: 'niet vervolgen' },
  { value: 'both', label: 'niet vervolgen en niet bestraffen' },
]
const BURDEN: readonly Option<Burden>[] = [
  { value: 'defence-to-raise', label: 'verdachte voert aan en maakt aannemelijk' },
  { value: 'prosecution-to-disprove', label: 'verdachte voert aan, OM weerlegt' },
  { value: 'authority-assesses', label: 'OM weegt ambtshalve' },
  { value: 'unspecified', label: 'niet geregeld' },
]
const DISCRETION: readonly Option<Discretion>[] = [
  { value: 'must', label: 'verplicht' },
  { value: 'may', label: 'bevoegdheid' },
]
const SCOPE: readonly Option<OffenceScope['kind']>[] = [
  { value: 'all', label: 'alle strafbare feiten' },
  { value: 'all-except', label: 'alle behalve een lijst van ernstige feiten' },
  { value: 'only-lighter', label: 'alleen lichtere feiten' },
]

function LinkFields(p: { prefix: string; link: Link; onChange: (l: Link) => void }) {
  return (
    <>
      <Select label={`${p.prefix}: dwang`} value={p.link.compulsion} options={COMPULSION} onChange={(compulsion) => p.onChange({ ...p.link, compulsion })} />
      <Select label={`${p.prefix}: verband`} value={p.link.nexus} options={NEXUS} onChange={(nexus) => p.onChange({ ...p.link, nexus })} />
      <Select label={`${p.prefix}: redelijk persoon`} value={p.link.reasonablePerson} options={REASONABLE} onChange={(reasonablePerson) => p.onChange({ ...p.link, reasonablePerson })} />
    </>
  )
}

/** `previous` keeps a model's exclusion list when the drafter toggles the scope away and back. */
function scopeOf(kind: OffenceScope['kind'], previous: OffenceScope, original: OffenceScope): OffenceScope {
  if (kind === 'all') return { kind }
  if (kind === 'only-lighter') return { kind, maxYears: previous.kind === 'only-lighter' ? previous.maxYears : 8 }
  if (previous.kind === 'all-except') return previous
  return original.kind === 'all-except' ? original : { kind, listName: 'lijst', excluded: [], complete: false }
}

export function ParameterEditor(p: { parameters: NonPunishmentParameters; original: NonPunishmentParameters; onChange: (next: NonPunishmentParameters) => void }) {
  const v = p.parameters
  const set = (patch: Partial<NonPunishmentParameters>) => p.onChange({ ...v, ...patch })
  return (
    <fieldset className="np-parameters">
      <legend>Parameters</legend>
      <Select label={PARAMETER_LABELS.offences} value={v.offences.kind} options={SCOPE} onChange={(kind) => set({ offences: scopeOf(kind, v.offences, p.original.offences) })} />
      {v.offences.kind === 'only-lighter' && (
        <label className="np-field">
          <span>Strafmaximum ten hoogste (jaren)</span>
          <input type="number" min={1} max={30} value={v.offences.maxYears} onChange={(e) => set({ offences: { kind: 'only-lighter', maxYears: Math.max(1, Math.round(Number(e.currentTarget.value) || 1)) } })} />
        </label>
      )}
      <LinkFields prefix="Volwassenen" link={v.link} onChange={(link) => set({ link })} />
      <label className="np-field">
        <span>
          <input type="checkbox" checked={v.minors.kind === 'own'} onChange={(e) => set({ minors: e.currentTarget.checked ? { kind: 'own', link: v.link } : { kind: 'same' } })} /> Eigen toets voor minderjarigen
        </span>
      </label>
      {v.minors.kind === 'own' && <LinkFields prefix="Minderjarigen" link={v.minors.link} onChange={(link) => set({ minors: { kind: 'own', link } })} />}
      <Select label={PARAMETER_LABELS.stage} value={v.stage} options={STAGE} onChange={(stage) => set({ stage })} />
      <Select label={PARAMETER_LABELS.burden} value={v.burden} options={BURDEN} onChange={(burden) => set({ burden })} />
      <Select label={PARAMETER_LABELS.discretion} value={v.discretion} options={DISCRETION} onChange={(discretion) => set({ discretion })} />
    </fieldset>
  )
}
