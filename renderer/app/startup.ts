/**
 * The host calls the app makes on every start — which host, is there work to recover, the list
 * of samples and the two art. 273f samples — sent as soon as the bundle runs (main.tsx), so that
 * their round trips overlap React's first render instead of following it. The App takes them
 * over; without them (tests, or a host swapped later) it makes the same calls itself.
 */
import type { HostApi, HostInfo, LoadedText, RecoveryEntry, SampleEntry } from '../../shared/host-api.js'

/** The texts opened on a fresh start, when the samples are present. */
export const DEFAULT_SAMPLES = { current: '273f-current.md', proposed: '273f-proposed.md' } as const

export interface StartupCalls {
  readonly info: Promise<HostInfo>
  readonly recovery: Promise<RecoveryEntry | null>
  readonly samples: Promise<SampleEntry[]>
  /** Read before the listing says they exist; used only when it does. */
  readonly reads: Promise<[LoadedText, LoadedText]>
}

export function startupCalls(host: HostApi): StartupCalls {
  const quiet = <T,>(p: Promise<T>): Promise<T> => {
    p.catch(() => {}) // awaited by the App, or deliberately unused: never an unhandled rejection
    return p
  }
  return {
    info: quiet(host.hostInfo()),
    recovery: quiet(host.readRecovery()),
    samples: quiet(host.listSamples()),
    reads: quiet(Promise.all([host.readSample(DEFAULT_SAMPLES.current), host.readSample(DEFAULT_SAMPLES.proposed)])),
  }
}
