/** Messages between the app and the comparison worker (compare.worker.ts). */
import type { Comparison } from '../../shared/compare/types.js'
import type { LegalText } from '../../shared/model/types.js'

/** Where a full comparison is: texts on their way to the worker, being compared, the result on its way back. */
export type CompareStage = 'sending' | 'comparing' | 'receiving'

export interface CompareRequest {
  readonly id: number
  readonly oldText: LegalText
  readonly newText: LegalText
}

export type CompareReply =
  | { readonly id: number; readonly type: 'stage'; readonly stage: CompareStage }
  | { readonly id: number; readonly type: 'done'; readonly comparison: Comparison }
  | { readonly id: number; readonly type: 'error'; readonly message: string }
