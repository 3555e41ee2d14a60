/**
 * The full structural comparison off the main thread: a whole code takes long enough to freeze
 * the window (GUIDE: long work shows progress and can be cancelled). Cancelling terminates the
 * worker (compare-client.ts); the per-keystroke live patch stays on the main thread.
 */
import { compareTexts } from '../../shared/compare/index.js'
import type { CompareReply, CompareRequest } from './compare-protocol.js'

const reply = (message: CompareReply): void => postMessage(message)

addEventListener('message', (event: MessageEvent<CompareRequest>) => {
  const { id, oldText, newText } = event.data
  reply({ id, type: 'stage', stage: 'comparing' })
  try {
    const comparison = compareTexts(oldText, newText)
    reply({ id, type: 'stage', stage: 'receiving' })
    reply({ id, type: 'done', comparison })
  } catch (e) {
    reply({ id, type: 'error', message: e instanceof Error ? e.message : String(e) })
  }
})
