/**
 * Turning any failure into one sentence for the user, in their language, naming the file and
 * (for texts) the line. Never a stack trace.
 */
import { decodeHostError } from '../../shared/host-api.js'
import { ParseError } from '../../shared/model/types.js'
import type { Translate } from '../i18n/index.js'

export function describeError(error: unknown, t: Translate, file?: string): string {
  const name = file ?? ''
  if (error instanceof ParseError || (error instanceof Error && error.name === 'ParseError')) {
    const line = (error as ParseError).line
    return line ? t('error.parse', { file: name, line, message: error.message }) : t('error.parseNoLine', { file: name, message: error.message })
  }
  const info = decodeHostError(error)
  if (info) {
    const f = info.file ?? name
    switch (info.code) {
      case 'not-found': return t('error.notFound', { file: f })
      case 'project-invalid': return t('error.projectInvalid', { file: f, message: info.message.replace(`${f}: `, '') })
      case 'project-too-new': return t('error.projectTooNew', { file: f })
      case 'forbidden': return t('error.forbidden')
      case 'io': return info.file ? `${info.message}` : t('error.io')
      case 'unavailable': return t('error.unavailable')
      default: return t('error.generic', { message: info.message })
    }
  }
  return t('error.generic', { message: error instanceof Error ? error.message : String(error) })
}
