/**
 * Importing consultation responses from a CSV or JSON file (shared/comments consultation.ts),
 * chosen with a file field or dropped here. Responses naming a unit are placed on it; the rest
 * land in "Te plaatsen"; bad rows are listed with their row number and reason while the good
 * rows are imported. The file is read in the renderer: no host operation is needed.
 */
import { useId, useState, type DragEvent } from 'react'
import { ConsultationError, importConsultationCsv, importConsultationJson, isInbox, type Comment, type ConsultationImport, type RowProblem } from '../../shared/comments/index.js'
import type { LegalText } from '../../shared/model/types.js'
import { useI18n } from '../i18n/index.js'

interface Props {
  readonly text: LegalText
  readonly versionId: string
  readonly existingIds: Iterable<string>
  readonly now: () => string
  readonly onImport: (comments: Comment[]) => void
}

type Outcome =
  | { readonly kind: 'done'; readonly file: string; readonly result: ConsultationImport }
  | { readonly kind: 'failed'; readonly file: string; readonly message: string }

/** JSON by extension, or by its first character when the name says nothing. */
/** A row's problem in the reader's language (the shared import gives a code and the offending value). */
function rowReason(p: RowProblem, t: ReturnType<typeof useI18n>['t']): string {
  if (p.code === 'unreadable' && !p.detail) return t('comments.row.unreadable-plain')
  return t(`comments.row.${p.code}`, { detail: p.detail ?? '' })
}

export function readResponses(name: string, content: string, opts: Parameters<typeof importConsultationCsv>[1]): ConsultationImport {
  const json = /\.json$/i.test(name) || (!/\.(csv|txt)$/i.test(name) && /^\uFEFF?\s*[[{]/.test(content))
  return json ? importConsultationJson(content, opts) : importConsultationCsv(content, opts)
}

export function ImportResponses({ text, versionId, existingIds, now, onImport }: Props) {
  const { t } = useI18n()
  const id = useId()
  const [outcome, setOutcome] = useState<Outcome | null>(null)
  const [over, setOver] = useState(false)

  const load = async (file: File) => {
    try {
      const result = readResponses(file.name, await file.text(), { version: versionId, text, now: now(), existingIds })
      onImport(result.comments)
      setOutcome({ kind: 'done', file: file.name, result })
    } catch (e) {
      setOutcome({ kind: 'failed', file: file.name, message: e instanceof ConsultationError || e instanceof Error ? e.message : String(e) })
    }
  }

  const onDrop = (e: DragEvent) => {
    const file = e.dataTransfer.files[0]
    // Kept from the app's own drop handling, which would load the file as a text version.
    e.preventDefault()
    e.stopPropagation()
    setOver(false)
    if (file) void load(file)
  }

  const placed = outcome?.kind === 'done' ? outcome.result.comments.filter((c) => !isInbox(c)).length : 0
  return (
    <section
      className={`comment-import${over ? ' drop-over' : ''}`}
      aria-labelledby={`${id}-title`}
      onDragOver={(e) => {
        if (!e.dataTransfer.types.includes('Files')) return
        e.preventDefault()
        e.stopPropagation()
        setOver(true)
      }}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
    >
      <h3 id={`${id}-title`}>{t('comments.import')}</h3>
      <label className="comment-field">
        {t('comments.importFile')}
        <input type="file" accept=".csv,.json,text/csv,application/json" onChange={(e) => {
          const file = e.target.files?.[0]
          e.target.value = '' // the same file may be chosen again after it was corrected
          if (file) void load(file)
        }} />
      </label>
      <p className="help">{t('comments.importDrop')}</p>
      <div role="status" className="comment-import-result">
        {outcome?.kind === 'done' ? (
          <p>{t('comments.imported', { file: outcome.file, n: outcome.result.comments.length, placed, inbox: outcome.result.comments.length - placed })}</p>
        ) : null}
      </div>
      {outcome?.kind === 'failed' ? <p className="comment-problem" role="alert">{t('comments.importFailed', { file: outcome.file, message: outcome.message })}</p> : null}
      {outcome?.kind === 'done' && outcome.result.rejected.length ? (
        <div className="comment-import-rejected" role="alert">
          <p className="comment-problem">{t('comments.importRejected', { n: outcome.result.rejected.length })}</p>
          <ul>{outcome.result.rejected.map((r) => <li key={r.row} data-row={r.row}>{t('comments.importRow', { row: r.row, reason: rowReason(r, t) })}</li>)}</ul>
        </div>
      ) : null}
      {outcome?.kind === 'done' && outcome.result.notices.length ? (
        <details className="comment-import-notices">
          <summary>{t('comments.importNotices', { n: outcome.result.notices.length })}</summary>
          <ul>{outcome.result.notices.map((r) => <li key={r.row}>{t('comments.importRow', { row: r.row, reason: rowReason(r, t) })}</li>)}</ul>
        </details>
      ) : null}
    </section>
  )
}
