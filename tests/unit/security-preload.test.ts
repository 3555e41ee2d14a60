// Checklist item 20: the preload exposes one function per HostApi operation and nothing else.
import { beforeAll, describe, expect, it, vi } from 'vitest'
import { HOST_OPERATIONS, MENU_CHANNEL, decodeHostError, encodeHostError, type HostApi } from '../../shared/host-api.js'

const exposed: Record<string, unknown> = {}
const invoke = vi.fn(async (_channel: string, ..._args: unknown[]): Promise<unknown> => ({ ok: true, value: 'v' }))
const on = vi.fn()
const removeListener = vi.fn()

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => { exposed[key] = api } },
  ipcRenderer: { invoke: (c: string, ...a: unknown[]) => invoke(c, ...a), on: (...a: unknown[]) => on(...a), removeListener: (...a: unknown[]) => removeListener(...a) },
}))

let host: HostApi
beforeAll(async () => {
  await import('../../main/preload/index.js')
  host = exposed.renvooi as HostApi
})

describe('preload', () => {
  it('exposes only window.renvooi, with exactly the HostApi functions', () => {
    expect(Object.keys(exposed)).toEqual(['renvooi'])
    expect(Object.keys(host).sort()).toEqual([...HOST_OPERATIONS, 'onMenuCommand'].sort())
    for (const fn of Object.values(host)) expect(typeof fn).toBe('function')
    expect(host).not.toHaveProperty('invoke')
    expect(host).not.toHaveProperty('ipcRenderer')
  })

  it('calls the namespaced channel and unwraps the reply', async () => {
    await expect(host.readSample('273f-current.md')).resolves.toBe('v')
    expect(invoke).toHaveBeenLastCalledWith('renvooi:readSample', '273f-current.md')
  })

  it('rejects with the structured error of a failed reply', async () => {
    const error = { code: 'project-invalid' as const, message: 'x: damaged', file: 'x' }
    invoke.mockResolvedValueOnce({ ok: false, error })
    const thrown = await host.openProject('x').catch((e: unknown) => e)
    expect(decodeHostError(thrown)).toEqual(error)
    expect((thrown as Error).message).toBe(encodeHostError(error))
  })

  it('hands menu listeners the command only, never the IPC event', () => {
    const listener = vi.fn()
    const unsubscribe = host.onMenuCommand(listener)
    const [channel, wrapped] = on.mock.calls[0] as [string, (event: unknown, command: string, handle?: unknown) => void]
    expect(channel).toBe(MENU_CHANNEL)
    wrapped({ sender: 'secret' }, 'open-recent', '/p/x.renvooi')
    expect(listener).toHaveBeenCalledWith('open-recent', '/p/x.renvooi')
    unsubscribe()
    expect(removeListener).toHaveBeenCalledWith(MENU_CHANNEL, wrapped)
  })
})
