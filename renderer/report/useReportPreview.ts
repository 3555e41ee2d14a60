/**
 * The preview of the report for the current options: asked of the host (the same pipeline as the
 * file, so the preview is what will be exported) a moment after the options stop changing; an
 * answer that arrives after a newer request is dropped, so typing a title never shows an older
 * preview last.
 */
import { useEffect, useRef, useState } from 'react'
import type { HostApi, ReportRequest } from '../../shared/host-api.js'

export const PREVIEW_DELAY_MS = 250

export interface PreviewState {
  readonly html: string | null
  readonly loading: boolean
  readonly error: unknown
}

export function useReportPreview(host: HostApi, request: ReportRequest): PreviewState {
  const [state, setState] = useState<PreviewState>({ html: null, loading: true, error: null })
  const sequence = useRef(0)
  useEffect(() => {
    const mine = ++sequence.current
    setState((s) => ({ ...s, loading: true }))
    const timer = setTimeout(() => {
      host.previewReport(request).then(
        (html) => {
          if (mine === sequence.current) setState({ html, loading: false, error: null })
        },
        (error: unknown) => {
          if (mine === sequence.current) setState({ html: null, loading: false, error })
        },
      )
    }, PREVIEW_DELAY_MS)
    return () => clearTimeout(timer)
  }, [host, request])
  return state
}
