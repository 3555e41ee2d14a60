/**
 * "Rapport exporteren": choose the view (comparison, drieluik, wijzigingsopdrachten,
 * consultatieverslag), the file format, the sections, the title and the author of the tracked
 * changes (with how many comments are not public, and whether they are left out or shown); see
 * the report in a preview; export it with its stages shown and a way to stop it.
 * The preview is the host's HTML of the report in an iframe with `sandbox=""` (no scripts, an
 * opaque origin) filled through srcdoc, so a hostile text in a report can do nothing here.
 */
import { useMemo, useState } from 'react'
import { isPublishable } from '../../shared/comments/index.js'
import { REPORT_FORMATS, type HostApi, type ReportFileFormat, type ReportView } from '../../shared/host-api.js'
import type { ProjectFile } from '../../shared/project/schema.js'
import { Dialog } from '../app/Dialog.js'
import { useI18n, type MessageKey } from '../i18n/index.js'
import { describeReportError } from './describe-report-error.js'
import { regelingFromLabel } from '../../shared/report/regeling.js'
import { applicable, DEFAULT_AUTHOR, initialOptions, rememberAuthor, REPORT_VIEWS, stagesFor, toRequest, withView, type ReportOptions } from './report-options.js'
import { useReportExport, type ExportOutcome } from './useReportExport.js'
import { useReportPreview } from './useReportPreview.js'
import './report.css'

interface Props {
  readonly host: HostApi
  /** The project as it would be saved now (with the edited proposal and its comments). */
  readonly project: ProjectFile
  readonly defaultTitle: string
  readonly onClose: () => void
}

const HINTS: Partial<Record<`${ReportView}.${ReportFileFormat}`, MessageKey>> = {
  'comparison.docx': 'report.hint.comparison.docx',
  'drieluik.docx': 'report.hint.drieluik.docx',
  'amendments.text': 'report.hint.amendments.text',
  'comparison.pdf': 'report.hint.pdf',
  'drieluik.pdf': 'report.hint.pdf',
  'consultation.pdf': 'report.hint.pdf',
}

export function ReportDialog({ host, project, defaultTitle, onClose }: Props) {
  const { t } = useI18n()
  const [options, setOptions] = useState<ReportOptions>(() => initialOptions(defaultTitle, regelingFromLabel(project.versions.find((v) => v.id === project.compare.old)?.label ?? '') ?? ''))
  const request = useMemo(() => toRequest(project, options), [project, options])
  const preview = useReportPreview(host, request)
  const job = useReportExport(host)
  const a = applicable(options)
  const set = (change: Partial<ReportOptions>) => setOptions((o) => ({ ...o, ...change }))
  const busy = job.stage !== null
  const hint = HINTS[`${options.view}.${options.format}`]
  const notPublic = useMemo(() => project.comments.filter((c) => !isPublishable(c)).length, [project.comments])
  const publicNote = !a.publishableOnly || !options.includeComments || notPublic === 0 ? null
    : options.publishableOnly
      ? (notPublic === 1 ? t('report.withheld.one') : t('report.withheld.other', { n: notPublic }))
      : (notPublic === 1 ? t('report.nonPublic.one') : t('report.nonPublic.other', { n: notPublic }))

  const exportNow = () => {
    rememberAuthor(options.author)
    job.start(request)
  }

  return (
    <Dialog title={t('report.title')} onClose={() => { job.cancel(); onClose() }} className="report-dialog">
      <div className="report-layout">
        <form className="report-options" aria-label={t('report.options')} onSubmit={(e) => { e.preventDefault(); exportNow() }}>
          <fieldset disabled={busy}>
            <legend>{t('report.view')}</legend>
            {REPORT_VIEWS.map((v) => (
              <label key={v} className="report-choice">
                <input type="radio" name="report-view" value={v} checked={options.view === v} onChange={() => setOptions((o) => withView(o, v))} />
                {t(`report.view.${v}`)}
              </label>
            ))}
          </fieldset>
          <label className="report-field">
            {t('report.format')}
            <select value={options.format} disabled={busy} onChange={(e) => set({ format: e.currentTarget.value as ReportFileFormat })}>
              {REPORT_FORMATS[options.view].map((f) => <option key={f} value={f}>{t(`report.format.${f}`)}</option>)}
            </select>
          </label>
          {hint ? <p className="help report-hint">{t(hint)}</p> : null}
          <fieldset disabled={busy}>
            <legend>{t('report.sections')}</legend>
            <Check label={t('report.includeComments')} checked={options.includeComments && a.comments} disabled={!a.comments} onChange={(v) => set({ includeComments: v })} />
            <Check label={t('report.publishableOnly')} checked={options.publishableOnly && a.publishableOnly} disabled={!a.publishableOnly} onChange={(v) => set({ publishableOnly: v })} indent describedBy={publicNote ? 'report-public-note' : undefined} />
            {publicNote ? <p id="report-public-note" className="help report-indent report-public-note">{publicNote}</p> : null}
            <Check label={t('report.includeProvisions')} checked={options.includeProvisions && a.provisions} disabled={!a.provisions} onChange={(v) => set({ includeProvisions: v })} />
            <Check label={t('report.changesOnly')} checked={options.changesOnly && a.changesOnly} disabled={!a.changesOnly} onChange={(v) => set({ changesOnly: v })} />
          </fieldset>
          <label className="report-field">
            {t('report.reportTitle')}
            <input type="text" value={options.title} disabled={busy} maxLength={300} onChange={(e) => set({ title: e.currentTarget.value })} />
          </label>
          <label className="report-field">
            {t('report.regeling')}
            <input type="text" value={options.regeling} disabled={busy || !a.regeling} maxLength={200} placeholder={t('report.regelingPlaceholder')} onChange={(e) => set({ regeling: e.currentTarget.value })} />
          </label>
          <label className="report-field">
            {t('report.author')}
            <input type="text" value={options.author} disabled={busy || !a.author} maxLength={120} placeholder={DEFAULT_AUTHOR} onChange={(e) => set({ author: e.currentTarget.value })} />
          </label>

          {job.stage ? (
            <div className="report-progress" role="group" aria-label={t('report.progress')}>
              <Progress format={options.format} stage={job.stage} />
              <button type="button" onClick={job.cancel}>{t('report.cancel')}</button>
            </div>
          ) : null}
          <Outcome outcome={job.outcome} />

          <div className="dialog-actions">
            <button type="submit" disabled={busy}>{t('report.export')}</button>
            <button type="button" onClick={() => { job.cancel(); onClose() }}>{t('action.close')}</button>
          </div>
        </form>

        <section className="report-preview" aria-labelledby="report-preview-title" aria-busy={preview.loading}>
          <h3 id="report-preview-title">
            {t('report.preview')}
            <span className="report-preview-state" aria-live="polite">{preview.loading ? ` — ${t('report.previewLoading')}` : ''}</span>
          </h3>
          {preview.error ? (
            <p className="message error" role="alert">{t('report.previewFailed', { message: describeReportError(preview.error, t) })}</p>
          ) : (
            <iframe className="report-preview-frame" title={t('report.previewFrame')} sandbox="" srcDoc={preview.html ?? ''} />
          )}
        </section>
      </div>
    </Dialog>
  )
}

function Check(p: { label: string; checked: boolean; disabled: boolean; onChange: (value: boolean) => void; indent?: boolean; describedBy?: string | undefined }) {
  return (
    <label className={`report-choice${p.indent ? ' report-indent' : ''}`}>
      <input type="checkbox" checked={p.checked} disabled={p.disabled} aria-describedby={p.describedBy} onChange={(e) => p.onChange(e.currentTarget.checked)} />
      {p.label}
    </label>
  )
}

/** The stages of this export, the current one marked, with a bar for those who glance. */
function Progress({ format, stage }: { format: ReportFileFormat; stage: NonNullable<ReturnType<typeof useReportExport>['stage']> }) {
  const { t } = useI18n()
  const stages = stagesFor(format)
  const at = Math.max(0, stages.indexOf(stage))
  return (
    <>
      <progress max={stages.length} value={at + 0.5} aria-label={t('report.progress')} />
      <ol className="report-stages">
        {stages.map((s, i) => (
          <li key={s} data-state={i < at ? 'done' : i === at ? 'current' : 'todo'} aria-current={i === at ? 'step' : undefined}>
            {i < at ? '✓ ' : i === at ? '▸ ' : ''}{t(`report.stage.${s}`)}
          </li>
        ))}
      </ol>
    </>
  )
}

function Outcome({ outcome }: { outcome: ExportOutcome | null }) {
  const { t } = useI18n()
  if (!outcome) return <p className="report-outcome" role="status" />
  if (outcome.kind === 'failed') return <p className="report-outcome message error" role="alert">{describeReportError(outcome.error, t)}</p>
  const text = outcome.kind === 'saved' ? t('report.saved', { name: outcome.name })
    : outcome.kind === 'downloaded' ? t('report.downloaded', { name: outcome.name })
      : t('report.cancelled')
  return <p className="report-outcome message status" role="status">{text}</p>
}
