/**
 * The non-punishment workbench: pick foreign models as variants, adjust one into an own design,
 * read its Dutch draft with the reasons for each choice, compare the variants, check whom the
 * selected one protects, and insert it into the proposed text as a lid or an article.
 *
 * Self-contained: it gets the proposed text and reports an insertion (new text, its Markdown and
 * the project-file record); the app decides how to store both (see README.md in this folder).
 *
 * Inserting a clause into a text that already holds one (a lid that reads as a non-punishment
 * clause, or the unit an earlier record was inserted as) first asks: insert anyway, or cancel.
 * The explanations computed in shared/provisions follow the interface language, and so do the
 * names of the models: a variant's label is made from its model in the language of the moment (an
 * insertion saves the Dutch label, for the reports that show it are Dutch).
 */
import { useEffect, useId, useMemo, useRef, useState } from 'react'
import { childPath } from '../../shared/model/path.js'
import type { LegalText } from '../../shared/model/types.js'
import { CATALOGUE, getModel, isModelId } from '../../shared/provisions/catalogue.js'
import { compareVariants, variantFromModel, type Variant } from '../../shared/provisions/compare-variants.js'
import { coverage } from '../../shared/provisions/coverage.js'
import { explainParameters } from '../../shared/provisions/explain.js'
import { pathLabel } from '../model/rows.js'
import { findNonPunishmentProvisions, insertProvision, nextArticleNumber, ProvisionInsertError, type ExistingProvision, type InsertedRecord, type Insertion } from '../../shared/provisions/insert.js'
import type { ModelId } from '../../shared/provisions/model.js'
import { provisionRecord } from '../../shared/provisions/record.js'
import type { ProvisionRecord } from '../../shared/provisions/schema.js'
import { draftDutchText } from '../../shared/provisions/template.js'
import type { WorkbenchState } from '../../shared/provisions/workbench-state.js'
import { useI18n, type MessageKey } from '../i18n/index.js'
import { CoverageTable } from './CoverageTable.js'
import { ModelTexts } from './ModelTexts.js'
import { ParameterEditor } from './ParameterEditor.js'
import { PARAMETER_KEYS } from './parameter-labels.js'
import { VariantTable } from './VariantTable.js'
import './provisions.css'

export interface InsertedProvision {
  /** The proposal with the clause in it; null when the provision is only attached to a unit. */
  readonly insertion: Insertion | null
  readonly record: ProvisionRecord
}

/** Where the clause goes: a new lid, a new article after the given one, or only attached to it. */
type Placement = 'lid' | 'artikel' | 'koppelen'

/**
 * The outcome of the last insertion. Kept as a message key, so it follows a change of language; an
 * error from shared/provisions/insert.ts arrives as text in the language of the moment (`text`,
 * `lang`) and is shown as it is.
 */
type Message =
  | { readonly kind: 'error' | 'status'; readonly key: MessageKey; readonly params?: Readonly<Record<string, string>> }
  | { readonly kind: 'error'; readonly text: string; readonly lang: string }

interface Props {
  /** The proposed text the clause goes into; null while none is loaded. */
  readonly proposed: LegalText | null
  /** The version id of `proposed` in the project, for the record's `insertedAs`. */
  readonly versionId?: string
  readonly onInsert: (result: InsertedProvision) => void
  /** Record ids already in the project, so a new one does not collide. */
  readonly existingIds?: readonly string[]
  /**
   * The project's provision records, so a clause inserted earlier is recognised by its record even
   * when its wording is not the template's. Optional: without it, the wording alone is checked.
   */
  readonly provisions?: readonly InsertedRecord[]
  /** ISO time for the record; passed in so tests are deterministic. */
  readonly now?: () => string
  /** The state to start from (saved in the project), read once when the workbench opens. */
  readonly initial?: () => WorkbenchState | null
  /** Told when the drafter changes a variant or the motivation, so the project keeps them. */
  readonly onStateChange?: (state: WorkbenchState) => void
}

/** A stand-in for the units in the duplicate warning, so they can be marked with their own language. */
const UNITS = '\u0000units\u0000'

const nextLid = (text: LegalText | null, article: string): string => {
  const art = text?.units.flatMap(function all(u): LegalText['units'][number][] { return u.type === 'artikel' ? [u] : u.children.flatMap(all) }).find((u) => u.number === article)
  const highest = art ? art.children.filter((c) => c.type === 'lid').reduce((m, c) => Math.max(m, parseInt(c.number, 10) || 0), 0) : 0
  return String(highest + 1)
}

export function ProvisionWorkbench({ proposed, versionId = 'proposed', onInsert, existingIds = [], provisions = [], now = () => new Date().toISOString(), initial, onStateChange }: Props) {
  const [start] = useState(() => initial?.() ?? null)
  const [variants, setVariants] = useState<Variant[]>(() => (start ? [...start.variants] : [variantFromModel(getModel('uk-s45'))]))
  const [selected, setSelected] = useState(0)
  const [toAdd, setToAdd] = useState<ModelId>('ni-s22')
  const [article, setArticle] = useState('273f')
  const [lid, setLid] = useState(() => nextLid(proposed, '273f'))
  const [replace, setReplace] = useState(false)
  const [placement, setPlacement] = useState<Placement>('lid')
  const [newArticle, setNewArticle] = useState(() => nextArticleNumber(proposed, '273f'))
  const [rationale, setRationale] = useState(start?.rationale ?? '')
  const [message, setMessage] = useState<Message | null>(null)
  /** The non-punishment clauses already in the text, while the drafter decides whether to insert another. */
  const [pending, setPending] = useState<readonly ExistingProvision[] | null>(null)
  const { t, language } = useI18n()
  const insertButton = useRef<HTMLButtonElement>(null)
  const cancelButton = useRef<HTMLButtonElement>(null)
  const warningId = useId()

  /** The label as shown: a catalogue model's name, or "… (adjusted)" after it, in the interface language. */
  const labelOf = (v: Variant): string =>
    v.model !== 'eigen' ? getModel(v.model).name[language] : v.basedOn ? t('provisions.adjusted', { label: getModel(v.basedOn).name[language] }) : v.label
  /** The label saved with an inserted or attached provision: Dutch, as the reports that show it are. */
  const recordLabel = (v: Variant): string =>
    v.model !== 'eigen' ? getModel(v.model).name.nl : v.basedOn ? `${getModel(v.basedOn).name.nl} (aangepast)` : v.label

  const current = variants[selected] ?? variants[0]!
  const draft = useMemo(() => draftDutchText(current.parameters), [current.parameters])
  const text = current.text ?? draft.text
  // labelOf depends on the language only.
  const comparison = useMemo(() => compareVariants(variants.map((v) => ({ ...v, label: labelOf(v) })), { language }), [variants, language])
  const report = useMemo(() => coverage(current.parameters, language), [current.parameters, language])
  const explanations = useMemo(() => explainParameters(current.parameters, language), [current.parameters, language])
  const modelId = current.model !== 'eigen' ? current.model : current.basedOn
  const model = modelId ? getModel(modelId) : null

  const update = (patch: Partial<Variant>) => setVariants((vs) => vs.map((v, i) => (i === selected ? { ...v, ...patch } : v)))
  const editParameters = (parameters: Variant['parameters']) =>
    // A catalogue model that is adjusted is no longer that model: it becomes an own design based on it.
    update(current.model === 'eigen' ? { parameters } : { parameters, model: 'eigen', basedOn: current.model, id: `eigen-${Date.now()}`, label: t('provisions.adjusted', { label: labelOf(current) }) })

  // The project keeps what the drafter changed (not what the workbench opened with: looking is no edit).
  const opened = useRef({ variants, rationale })
  const tellState = useRef(onStateChange)
  tellState.current = onStateChange
  useEffect(() => {
    if (variants === opened.current.variants && rationale === opened.current.rationale) return
    tellState.current?.({ variants, rationale })
  }, [variants, rationale])

  // A warning about another text is stale: drop it when the proposal changes.
  useEffect(() => setPending(null), [proposed])
  // The warning takes the focus (on its safe choice, Cancel) so a keyboard user hears and answers it.
  useEffect(() => {
    if (pending) cancelButton.current?.focus()
  }, [pending])

  const cancelPending = () => {
    setPending(null)
    insertButton.current?.focus()
  }

  /** The insert button: warns first when the text already has a non-punishment clause. */
  const requestInsert = () => {
    if (proposed && placement !== 'koppelen') {
      // Replacing a unit with the new clause does not add a second one, so that unit does not count.
      const replaced = !replace ? undefined : placement === 'lid' ? childPath(`artikel:${article}`, 'lid', lid) : childPath('', 'artikel', newArticle)
      const existing = findNonPunishmentProvisions(proposed, provisions, replaced)
      if (existing.length) {
        setMessage(null)
        return setPending(existing)
      }
    }
    insert()
  }

  const insert = () => {
    setPending(null)
    if (!proposed) return setMessage({ kind: 'error', key: 'provisions.insert.noProposed' })
    let id = 'np-1'
    for (let n = 1; existingIds.includes(id); n++) id = `np-${n + 1}`
    try {
      if (placement === 'koppelen') {
        // Attached, not inserted: the record points at the unit; the text stays as it is.
        const unitPath = `artikel:${article}`
        if (!proposed.units.some(function has(u): boolean { return u.path === unitPath || u.children.some(has) })) return setMessage({ kind: 'error', key: 'provisions.insert.noArticle', params: { article } })
        const record = provisionRecord({ id, variant: { ...current, label: recordLabel(current), text }, attachedTo: { version: versionId, unitPath }, rationale, now: now() })
        onInsert({ insertion: null, record })
        return setMessage({ kind: 'status', key: 'provisions.insert.attached', params: { path: unitPath } })
      }
      const insertion = placement === 'lid'
        ? insertProvision(proposed, text, { as: 'lid', article, number: lid, replace }, language)
        : insertProvision(proposed, text, { as: 'artikel', number: newArticle, after: article, replace }, language)
      const record = provisionRecord({ id, variant: { ...current, label: recordLabel(current), text }, insertedAs: { version: versionId, unitPath: insertion.path }, rationale, now: now() })
      onInsert({ insertion, record })
      setMessage({ kind: 'status', key: 'provisions.insert.inserted', params: { path: pathLabel(insertion.path) } })
    } catch (e) {
      if (!(e instanceof ProvisionInsertError)) throw e
      setMessage({ kind: 'error', text: e.message, lang: language })
    }
  }

  return (
    <div className="np-workbench">
      <p className="help">{t('provisions.disclaimer')}</p>
      <div className="np-variants" role="toolbar" aria-label={t('provisions.variants')}>
        {variants.map((v, i) => (
          <button key={v.id + i} type="button" aria-pressed={i === selected} onClick={() => setSelected(i)}>
            {labelOf(v)}
          </button>
        ))}
        <label>
          {t('provisions.model')}{' '}
          <select value={toAdd} onChange={(e) => isModelId(e.currentTarget.value) && setToAdd(e.currentTarget.value)}>
            {CATALOGUE.map((m) => (
              <option key={m.id} value={m.id}>{m.name[language]}</option>
            ))}
          </select>
        </label>
        <button type="button" onClick={() => { setVariants((vs) => [...vs, variantFromModel(getModel(toAdd))]); setSelected(variants.length) }}>
          {t('provisions.addVariant')}
        </button>
        <button type="button" disabled={variants.length < 2} onClick={() => { setVariants((vs) => vs.filter((_, i) => i !== selected)); setSelected(0) }}>
          {t('provisions.removeVariant')}
        </button>
      </div>

      <section className="np-selected" aria-label={t('provisions.variant', { label: labelOf(current) })}>
        <ParameterEditor parameters={current.parameters} original={model?.parameters ?? current.parameters} onChange={editParameters} />
        <label className="np-field np-text">
          <span>{t('provisions.draft')}</span>
          <textarea lang="nl" rows={8} value={text} onChange={(e) => update({ text: e.currentTarget.value })} />
        </label>
        <button type="button" disabled={current.text === undefined} onClick={() => update({ text: undefined })}>
          {t('provisions.redraft')}
        </button>
        <dl className="np-explanations">
          {explanations.map((e) => (
            <div key={e.parameter}>
              <dt>{t(PARAMETER_KEYS[e.parameter])}: <span lang={language}>{e.choice}</span></dt>
              <dd lang={language}>{e.explanation}</dd>
            </div>
          ))}
        </dl>
      </section>

      <CoverageTable report={report} />
      <VariantTable comparison={comparison} />
      {model && <ModelTexts model={model} />}

      <fieldset className="np-insert">
        <legend>{t('provisions.insert.title')}</legend>
        <label className="np-field">
          <span>{t('provisions.insert.article')}</span>
          <input value={article} onChange={(e) => {
            const value = e.currentTarget.value
            setArticle(value)
            setLid(nextLid(proposed, value))
            setNewArticle(nextArticleNumber(proposed, value))
          }} />
        </label>
        <label className="np-field">
          <span>{t('provisions.insert.placement')}</span>
          <select value={placement} onChange={(e) => setPlacement(e.currentTarget.value as Placement)}>
            <option value="lid">{t('provisions.insert.placement.lid')}</option>
            <option value="artikel">{t('provisions.insert.placement.artikel')}</option>
            <option value="koppelen">{t('provisions.insert.placement.attach')}</option>
          </select>
        </label>
        {placement === 'lid' && (
          <label className="np-field">
            <span>{t('provisions.insert.lid')}</span>
            <input value={lid} onChange={(e) => setLid(e.currentTarget.value)} />
          </label>
        )}
        {placement === 'artikel' && (
          <label className="np-field">
            <span>{t('provisions.insert.newArticle')}</span>
            <input value={newArticle} onChange={(e) => setNewArticle(e.currentTarget.value)} />
          </label>
        )}
        {placement !== 'koppelen' && (
          <label className="np-field">
            <span>
              <input type="checkbox" checked={replace} onChange={(e) => setReplace(e.currentTarget.checked)} /> {t('provisions.insert.replace')}
            </span>
          </label>
        )}
        <label className="np-field">
          <span>{t('provisions.insert.rationale')}</span>
          <textarea rows={2} value={rationale} onChange={(e) => setRationale(e.currentTarget.value)} />
        </label>
        <button ref={insertButton} type="button" onClick={requestInsert} disabled={!proposed}>{t(placement === 'lid' ? 'provisions.insert.asLid' : placement === 'artikel' ? 'provisions.insert.asArtikel' : 'provisions.insert.attach')}</button>
      </fieldset>
      {pending && (
        <div
          className="np-duplicate"
          role="alertdialog"
          aria-labelledby={`${warningId}-title`}
          aria-describedby={`${warningId}-body`}
          onKeyDown={(e) => {
            if (e.key === 'Escape') {
              e.stopPropagation()
              cancelPending()
            }
          }}
        >
          <p id={`${warningId}-title`} className="np-duplicate-title">{t('provisions.insert.duplicate.title')}</p>
          <p id={`${warningId}-body`}>
            {/* The units are named as the Dutch statute names them ("Artikel 273f, lid 9"), marked so. */}
            {t('provisions.insert.duplicate.body', { units: UNITS }).split(UNITS).map((part, i) => (i === 0 ? part : [<span key={i} lang="nl">{pending.map((p) => pathLabel(p.path)).join('; ')}</span>, part]))}
          </p>
          <div className="np-duplicate-actions">
            <button ref={cancelButton} type="button" onClick={cancelPending}>{t('provisions.insert.duplicate.cancel')}</button>
            <button type="button" onClick={insert}>{t('provisions.insert.duplicate.insertAnyway')}</button>
          </div>
        </div>
      )}
      {message && (
        <p className={`message ${message.kind}`} role={message.kind === 'error' ? 'alert' : 'status'} lang={'text' in message ? message.lang : undefined}>
          {'text' in message ? message.text : t(message.key, message.params)}
        </p>
      )}
    </div>
  )
}
