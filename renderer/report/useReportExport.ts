/**
 * Runs one export through the host and follows it: the stage is polled while the host works
 * (the host does the work, so the window stays responsive), cancel tells the host to stop and
 * lets go at once, and the outcome becomes a message — saved (Electron), downloaded (browser
 * host), cancelled, or why it failed.
 */
import { useCallback, useEffect, useRef, useState } from 'react'
import type { HostApi, ReportRequest, ReportStage } from '../../shared/host-api.js'
import { downloadFile } from './download.js'
import { newJobId } from './report-options.js'

export const PROGRESS_POLL_MS = 150

export type ExportOutcome =
  | { readonly kind: 'saved'; readonly name: string }
  | { readonly kind: 'downloaded'; readonly name: string }
  | { readonly kind: 'cancelled' }
  | { readonly kind: 'failed'; readonly error: unknown }

export interface ExportState {
  /** The stage of the running export, or null when none runs. */
  readonly stage: ReportStage | null
  readonly outcome: ExportOutcome | null
  readonly start: (request: ReportRequest) => void
  readonly cancel: () => void
}

export function useReportExport(host: HostApi): ExportState {
  const [stage, setStage] = useState<ReportStage | null>(null)
  const [outcome, setOutcome] = useState<ExportOutcome | null>(null)
  const running = useRef<string | null>(null)

  const cancel = useCallback(() => {
    const id = running.current
    if (!id) return
    running.current = null
    setStage(null)
    setOutcome({ kind: 'cancelled' })
    host.cancelReport(id).catch(() => {})
  }, [host])

  // Closing the dialog during an export stops it: nothing is written behind the user's back.
  useEffect(() => () => {
    const id = running.current
    running.current = null
    if (id) host.cancelReport(id).catch(() => {})
  }, [host])

  const start = useCallback((request: ReportRequest) => {
    if (running.current) return
    const id = newJobId()
    running.current = id
    setStage('preparing')
    setOutcome(null)
    const poll = setInterval(() => {
      host.reportProgress(id).then((now) => {
        if (now && running.current === id) setStage(now)
      }, () => {})
    }, PROGRESS_POLL_MS)
    const finish = (result: ExportOutcome | null): void => {
      clearInterval(poll)
      // Cancelled meanwhile: the outcome is already shown and the result is not used.
      if (running.current !== id) return
      running.current = null
      setStage(null)
      if (result) setOutcome(result)
    }
    host.exportReport(request, id).then((result) => {
      if (running.current !== id) return finish(null)
      if (!result) return finish({ kind: 'cancelled' })
      if (result.kind === 'saved') return finish({ kind: 'saved', name: result.name })
      downloadFile(result.fileName, result.mimeType, result.base64)
      finish({ kind: 'downloaded', name: result.fileName })
    }, (error: unknown) => finish({ kind: 'failed', error }))
  }, [host])

  return { stage, outcome, start, cancel }
}
