/** A failed preview or export in one sentence, in the user's language; never a stack trace. */
import { decodeHostError } from '../../shared/host-api.js'
import type { Translate } from '../i18n/index.js'
import { describeError } from '../app/describe-error.js'

export function describeReportError(error: unknown, t: Translate): string {
  const info = decodeHostError(error)
  switch (info?.code) {
    case 'pdf-unavailable': return t('report.noPdf')
    case 'busy': return t('report.busy')
    case 'project-invalid': return t('report.badProject', { message: info.message })
    case 'bad-request': return t('report.failed', { message: info.message })
    case 'io': return t('report.failed', { message: info.file ? info.message : t('error.io') })
    default: return describeError(error, t)
  }
}
