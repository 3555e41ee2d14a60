/**
 * The interface names of the parameters, as message keys. shared/provisions has them in Dutch only
 * (PARAMETER_LABELS, also used in the memorie van toelichting); the workbench shows them in the
 * interface language. The Dutch messages equal PARAMETER_LABELS (checked by the unit test), and the
 * Record type makes a new parameter in shared/ a compile error here until it has a label.
 */
import type { ParameterName } from '../../shared/provisions/parameters.js'
import type { MessageKey } from '../i18n/index.js'

export const PARAMETER_KEYS: Readonly<Record<ParameterName, MessageKey>> = {
  offences: 'provisions.parameter.offences',
  link: 'provisions.parameter.link',
  minors: 'provisions.parameter.minors',
  conditions: 'provisions.parameter.conditions',
  stage: 'provisions.parameter.stage',
  burden: 'provisions.parameter.burden',
  discretion: 'provisions.parameter.discretion',
}
