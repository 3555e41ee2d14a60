/**
 * Progress of a full comparison the views are waiting for (a whole code: seconds), shown once it
 * has taken longer than SHOW_AFTER_MS, with its stage, the time so far and a cancel button; after
 * cancelling, a note and a button to compare after all. The stage is announced (role="status"),
 * the ticking seconds are not.
 */
import { useEffect, useState } from 'react'
import { useI18n } from '../i18n/index.js'
import type { CompareProgress as Progress } from '../app/useLiveComparison.js'
import './compare-progress.css'

export const SHOW_AFTER_MS = 300
const STAGES = ['sending', 'comparing', 'receiving'] as const

export function CompareProgress({ progress, retry }: { progress: Progress | null; retry: (() => void) | null }) {
  const { t } = useI18n()
  const [now, setNow] = useState(() => performance.now())
  useEffect(() => {
    if (!progress) return
    const tick = () => setNow(performance.now())
    tick()
    // Appears right at SHOW_AFTER_MS, then counts the seconds.
    let interval: ReturnType<typeof setInterval> | undefined
    const first = setTimeout(() => {
      tick()
      interval = setInterval(tick, 250)
    }, Math.max(0, SHOW_AFTER_MS - (performance.now() - progress.startedAt)))
    return () => {
      clearTimeout(first)
      clearInterval(interval)
    }
  }, [progress])

  const elapsed = progress ? Math.max(0, now - progress.startedAt) : 0
  const shown = progress && elapsed >= SHOW_AFTER_MS
  return (
    <div className="compare-progress-region">
      <div role="status">
        {shown ? t('compare.running', { stage: t(`compare.stage.${progress.stage}`), step: STAGES.indexOf(progress.stage) + 1, steps: STAGES.length }) : ''}
        {retry ? t('compare.cancelled') : ''}
      </div>
      {shown ? (
        <div className="compare-progress" data-stage={progress.stage}>
          <progress className="compare-progress-bar" aria-label={t('compare.label')} />
          <span aria-hidden="true">
            {t('compare.running', { stage: t(`compare.stage.${progress.stage}`), step: STAGES.indexOf(progress.stage) + 1, steps: STAGES.length })}
            {' '}<span className="compare-elapsed">{t('compare.elapsed', { seconds: (elapsed / 1000).toFixed(1) })}</span>
          </span>
          <button type="button" onClick={progress.cancel}>{t('action.cancel')}</button>
        </div>
      ) : null}
      {retry ? (
        <div className="compare-progress cancelled">
          <span aria-hidden="true">{t('compare.cancelled')}</span>
          <button type="button" onClick={retry}>{t('compare.retry')}</button>
        </div>
      ) : null}
    </div>
  )
}
