/**
 * Running a full comparison in the comparison worker, with its stages reported and a way to
 * cancel it. One worker serves the app and runs one comparison at a time: starting another
 * cancels the one running (its result would be out of date anyway), and cancelling terminates
 * the worker, so the comparison really stops. Where there are no workers (happy-dom in the
 * component tests) or the worker cannot start, the comparison runs on the main thread after a
 * short delay, so that the progress indicator still paints first (it cannot be interrupted then).
 */
import type { Comparison } from '../../shared/compare/types.js'
import { compareTexts } from '../../shared/compare/index.js'
import type { LegalText } from '../../shared/model/types.js'
import type { CompareReply, CompareRequest, CompareStage } from './compare-protocol.js'

export type { CompareStage } from './compare-protocol.js'

export interface CompareJob {
  /** The comparison; rejects with a CompareCancelled when cancelled. */
  readonly done: Promise<Comparison>
  cancel(): void
}

export class CompareCancelled extends Error {
  constructor() {
    super('comparison cancelled')
    this.name = 'CompareCancelled'
  }
}

let worker: Worker | null = null
/** Set when a worker could not start: the main thread compares from then on. */
let noWorker = typeof Worker !== 'function'
let running: CompareJob | null = null
let nextId = 1

function getWorker(): Worker | null {
  if (noWorker) return null
  try {
    worker ??= new Worker(new URL('./compare.worker.ts', import.meta.url), { type: 'module', name: 'renvooi-compare' })
    return worker
  } catch {
    noWorker = true
    return null
  }
}

function dropWorker(): void {
  worker?.terminate()
  worker = null
}

function inThread(oldText: LegalText, newText: LegalText, onStage?: (stage: CompareStage) => void): CompareJob {
  let timer: ReturnType<typeof setTimeout> | undefined
  let fail: (e: Error) => void = () => {}
  const done = new Promise<Comparison>((resolve, reject) => {
    fail = reject
    onStage?.('comparing')
    timer = setTimeout(() => {
      try {
        resolve(compareTexts(oldText, newText))
      } catch (e) {
        reject(e instanceof Error ? e : new Error(String(e)))
      }
    }, 30)
  })
  return {
    done,
    cancel() {
      clearTimeout(timer)
      fail(new CompareCancelled())
    },
  }
}

/** Starts comparing `oldText` with `newText`; `onStage` hears where it is. */
export function startComparison(oldText: LegalText, newText: LegalText, onStage?: (stage: CompareStage) => void): CompareJob {
  running?.cancel()
  const w = getWorker()
  if (!w) return (running = inThread(oldText, newText, onStage))
  const id = nextId++
  let settled = false
  let settle: { resolve: (c: Comparison) => void; reject: (e: Error) => void } | null = null
  const done = new Promise<Comparison>((resolve, reject) => {
    settle = { resolve, reject }
  })
  done.then(() => { settled = true }, () => { settled = true })
  const finish = () => {
    w.removeEventListener('message', onMessage)
    w.removeEventListener('error', onError)
    if (running === job) running = null
  }
  const onMessage = (e: MessageEvent<CompareReply>) => {
    const m = e.data
    if (m.id !== id) return
    if (m.type === 'stage') onStage?.(m.stage)
    else {
      finish()
      if (m.type === 'done') settle!.resolve(m.comparison)
      else settle!.reject(new Error(m.message))
    }
  }
  // The worker did not load (a policy or protocol that refuses it): compare here instead.
  const onError = (e: Event) => {
    e.preventDefault()
    finish()
    noWorker = true
    dropWorker()
    const fallback = inThread(oldText, newText, onStage)
    job.cancel = fallback.cancel
    running = job
    fallback.done.then(settle!.resolve, settle!.reject).finally(() => {
      if (running === job) running = null
    })
  }
  const job: { done: Promise<Comparison>; cancel(): void } = {
    done,
    cancel() {
      // Done already: the worker is idle and stays for the next comparison.
      if (settled || !running || running !== job) return
      finish()
      dropWorker()
      settle!.reject(new CompareCancelled())
    },
  }
  w.addEventListener('message', onMessage)
  w.addEventListener('error', onError)
  onStage?.('sending')
  const request: CompareRequest = { id, oldText, newText }
  try {
    w.postMessage(request)
  } catch {
    // Not cloneable (should not happen: texts are plain data): compare here.
    onError(new Event('error'))
  }
  running = job
  return job
}
