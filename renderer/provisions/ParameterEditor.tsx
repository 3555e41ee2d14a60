/**
 * Editing a variant's parameters with plain selects, each labelled in the interface language, so
 * every choice is reachable by keyboard. Changing a parameter yields new parameters; the workbench
 * decides what that does to the variant (a catalogue model edited becomes the drafter's own design).
 */
import type { Burden, Compulsion, Discretion, Link, Nexus, NonPunishmentParameters, OffenceScope, ReasonablePerson, Stage } from '../../shared/provisions/parameters.js'
import { useI18n, type MessageKey } from '../i18n/index.js'
import { PARAMETER_KEYS } from './parameter-labels.js'

interface Option<T extends string> {
  readonly value: T
  readonly label: MessageKey
}

function Select<T extends string>(p: { label: string; value: T; options: readonly Option<T>[]; onChange: (v: T) => void }) {
  const { t } = useI18n()
  return (
    <label className="np-field">
      <span>{p.label}</span>
      <select value={p.value} onChange={(e) => p.onChange(e.currentTarget.value as T)}>
        {p.options.map((o) => (
          <option key={o.value} value={o.value}>{t(o.label)}</option>
        ))}
      </select>
    </label>
  )
}

const COMPULSION: readonly Option<Compulsion>[] = [
  { value: 'none', label: 'provisions.compulsion.none' },
  { value: 'compelled', label: 'provisions.compulsion.compelled' },
  { value: 'compelled-by-another-or-circumstances', label: 'provisions.compulsion.byAnotherOrCircumstances' },
]
const NEXUS: readonly Option<Nexus>[] = [
  { value: 'direct-consequence', label: 'provisions.nexus.direct' },
  { value: 'in-connection-with', label: 'provisions.nexus.inConnection' },
  { value: 'none', label: 'provisions.nexus.none' },
]
const REASONABLE: readonly Option<ReasonablePerson>[] = [
  { value: 'none', label: 'provisions.reasonable.none' },
  { value: 'no-realistic-alternative', label: 'provisions.reasonable.noAlternative' },
  { value: 'would-do-that-act', label: 'provisions.reasonable.sameAct' },
]
const STAGE: readonly Option<Stage>[] = [
  { value: 'not-punishing', label: 'provisions.stage.notPunishing' },
  { value: 'not-prosecuting', label: 'provisions.stage.notProsecuting' },
  { value: 'both', label: 'provisions.stage.both' },
]
const BURDEN: readonly Option<Burden>[] = [
  { value: 'defence-to-raise', label: 'provisions.burden.defence' },
  { value: 'prosecution-to-disprove', label: 'provisions.burden.prosecution' },
  { value: 'authority-assesses', label: 'provisions.burden.authority' },
  { value: 'unspecified', label: 'provisions.burden.unspecified' },
]
const DISCRETION: readonly Option<Discretion>[] = [
  { value: 'must', label: 'provisions.discretion.must' },
  { value: 'may', label: 'provisions.discretion.may' },
]
const SCOPE: readonly Option<OffenceScope['kind']>[] = [
  { value: 'all', label: 'provisions.scope.all' },
  { value: 'all-except', label: 'provisions.scope.allExcept' },
  { value: 'only-lighter', label: 'provisions.scope.onlyLighter' },
]

function LinkFields(p: { group: string; link: Link; onChange: (l: Link) => void }) {
  const { t } = useI18n()
  return (
    <>
      <Select label={t('provisions.link.compulsion', { group: p.group })} value={p.link.compulsion} options={COMPULSION} onChange={(compulsion) => p.onChange({ ...p.link, compulsion })} />
      <Select label={t('provisions.link.nexus', { group: p.group })} value={p.link.nexus} options={NEXUS} onChange={(nexus) => p.onChange({ ...p.link, nexus })} />
      <Select label={t('provisions.link.reasonablePerson', { group: p.group })} value={p.link.reasonablePerson} options={REASONABLE} onChange={(reasonablePerson) => p.onChange({ ...p.link, reasonablePerson })} />
    </>
  )
}

/** `previous` keeps a model's exclusion list when the drafter toggles the scope away and back. */
function scopeOf(kind: OffenceScope['kind'], previous: OffenceScope, original: OffenceScope): OffenceScope {
  if (kind === 'all') return { kind }
  if (kind === 'only-lighter') return { kind, maxYears: previous.kind === 'only-lighter' ? previous.maxYears : 8 }
  if (previous.kind === 'all-except') return previous
  // An unnamed, empty list: shared/provisions describes it in the interface language ("a list of serious offences").
  return original.kind === 'all-except' ? original : { kind, listName: '', excluded: [], complete: false }
}

export function ParameterEditor(p: { parameters: NonPunishmentParameters; original: NonPunishmentParameters; onChange: (next: NonPunishmentParameters) => void }) {
  const v = p.parameters
  const set = (patch: Partial<NonPunishmentParameters>) => p.onChange({ ...v, ...patch })
  const { t } = useI18n()
  return (
    <fieldset className="np-parameters">
      <legend>{t('provisions.parameters')}</legend>
      <Select label={t(PARAMETER_KEYS.offences)} value={v.offences.kind} options={SCOPE} onChange={(kind) => set({ offences: scopeOf(kind, v.offences, p.original.offences) })} />
      {v.offences.kind === 'only-lighter' && (
        <label className="np-field">
          <span>{t('provisions.maxYears')}</span>
          <input type="number" min={1} max={30} value={v.offences.maxYears} onChange={(e) => set({ offences: { kind: 'only-lighter', maxYears: Math.max(1, Math.round(Number(e.currentTarget.value) || 1)) } })} />
        </label>
      )}
      <LinkFields group={t('provisions.group.adults')} link={v.link} onChange={(link) => set({ link })} />
      <label className="np-field">
        <span>
          <input type="checkbox" checked={v.minors.kind === 'own'} onChange={(e) => set({ minors: e.currentTarget.checked ? { kind: 'own', link: v.link } : { kind: 'same' } })} /> {t('provisions.ownMinorsTest')}
        </span>
      </label>
      {v.minors.kind === 'own' && <LinkFields group={t('provisions.group.minors')} link={v.minors.link} onChange={(link) => set({ minors: { kind: 'own', link } })} />}
      <Select label={t(PARAMETER_KEYS.stage)} value={v.stage} options={STAGE} onChange={(stage) => set({ stage })} />
      <Select label={t(PARAMETER_KEYS.burden)} value={v.burden} options={BURDEN} onChange={(burden) => set({ burden })} />
      <Select label={t(PARAMETER_KEYS.discretion)} value={v.discretion} options={DISCRETION} onChange={(discretion) => set({ discretion })} />
    </fieldset>
  )
}
