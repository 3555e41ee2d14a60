/**
 * Where the comments are anchored, per unit of the proposal or of the current text, for the views (outline counts, the
 * side-by-side highlights). The views render thousands of memoised rows; handing them a new map
 * on every keystroke would re-render them all. Each row instead subscribes to its own units
 * (useSyncExternalStore), and a unit's list keeps its identity while its comments stay put, so
 * an edit re-renders only the rows whose comments moved.
 */
import { createContext, useCallback, useContext, useSyncExternalStore } from 'react'

/** A comment anchored in a unit's own text. */
export interface UnitMark {
  readonly id: string
  readonly start: number
  readonly end: number
}

const NONE: readonly UnitMark[] = []

/** The proposal's units and the current text's share paths ("artikel:273f/lid:6" is in both). */
type Side = 'old' | 'new'
const keyOf = (path: string, side: Side): string => (side === 'new' ? path : `old ${path}`)

export class CommentPlaces {
  private byUnit = new Map<string, readonly UnitMark[]>()
  private active: string | null = null
  private readonly listeners = new Set<() => void>()

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  marks(path: string, side: Side = 'new'): readonly UnitMark[] {
    return this.byUnit.get(keyOf(path, side)) ?? NONE
  }

  /** Selecting a comment from a view (a clicked mark); the app sets what that does. */
  onActivate: ((id: string) => void) | null = null

  activate(id: string): void {
    this.onActivate?.(id)
  }

  activeId(): string | null {
    return this.active
  }

  /** New places; a unit whose marks are unchanged keeps its very array. */
  update(anchors: ReadonlyArray<UnitMark & { readonly unitPath: string; readonly side?: Side }>, active: string | null): void {
    const next = new Map<string, UnitMark[]>()
    for (const a of anchors) {
      const key = keyOf(a.unitPath, a.side ?? 'new')
      const list = next.get(key) ?? []
      list.push({ id: a.id, start: a.start, end: a.end })
      next.set(key, list)
    }
    let changed = active !== this.active || next.size !== this.byUnit.size
    const merged = new Map<string, readonly UnitMark[]>()
    for (const [path, list] of next) {
      const before = this.byUnit.get(path)
      const same = before !== undefined && before.length === list.length && before.every((m, i) => m.id === list[i]!.id && m.start === list[i]!.start && m.end === list[i]!.end)
      merged.set(path, same ? before : list)
      if (!same) changed = true
    }
    this.byUnit = merged
    this.active = active
    if (changed) for (const l of this.listeners) l()
  }
}

export const CommentPlacesContext = createContext<CommentPlaces | null>(null)

const noSubscription = () => () => {}

/** The comments anchored in the unit at `path` of the proposal, or of the current text (none outside a provider). */
export function useUnitMarks(path: string, side: Side = 'new'): readonly UnitMark[] {
  const store = useContext(CommentPlacesContext)
  const get = useCallback(() => (store ? store.marks(path, side) : NONE), [store, path, side])
  return useSyncExternalStore(store ? store.subscribe : noSubscription, get, get)
}

/** The comment selected in the panel. */
export function useActiveComment(): string | null {
  const store = useContext(CommentPlacesContext)
  const get = useCallback(() => store?.activeId() ?? null, [store])
  return useSyncExternalStore(store ? store.subscribe : noSubscription, get, get)
}
