// Checklist item 17: IPC sender validation, and payload validation behind it.
import { describe, expect, it, vi } from 'vitest'
import { HOST_OPERATIONS, ipcChannel } from '../../shared/host-api.js'

vi.mock('electron', () => ({}))
const { isTrustedSender } = await import('../../main/electron/sender.js')
const { registerHostHandlers } = await import('../../main/electron/ipc.js')

describe('IPC sender validation', () => {
  it('trusts only the main frame of app://renvooi', () => {
    expect(isTrustedSender({ url: 'app://renvooi/index.html', parent: null })).toBe(true)
    expect(isTrustedSender({ url: 'app://renvooi/index.html', parent: {} })).toBe(false) // a subframe
    expect(isTrustedSender({ url: 'app://renvooi.evil/index.html', parent: null })).toBe(false)
    expect(isTrustedSender({ url: 'https://renvooi/index.html', parent: null })).toBe(false)
    expect(isTrustedSender({ url: 'file:///app/out/renderer/index.html', parent: null })).toBe(false)
    expect(isTrustedSender({ url: 'not a url', parent: null })).toBe(false)
    expect(isTrustedSender(null)).toBe(false)
  })

  it('trusts the dev server only when it is configured', () => {
    expect(isTrustedSender({ url: 'http://localhost:5173/', parent: null }, 'http://localhost:5173')).toBe(true)
    expect(isTrustedSender({ url: 'http://localhost:5173/', parent: null })).toBe(false)
  })
})

describe('IPC handlers', () => {
  const setup = () => {
    const handlers = new Map<string, (event: unknown, ...args: unknown[]) => Promise<unknown>>()
    const dispatch = vi.fn(async (_op: string, _args: unknown) => ({ ok: true as const, value: 'done' }))
    registerHostHandlers({ handle: (channel: string, fn: never) => void handlers.set(channel, fn) } as never, dispatch)
    return { handlers, dispatch }
  }

  it('registers exactly one namespaced channel per operation', () => {
    const { handlers } = setup()
    expect([...handlers.keys()].sort()).toEqual(HOST_OPERATIONS.map(ipcChannel).sort())
  })

  it('refuses an untrusted sender before looking at the payload', async () => {
    const { handlers, dispatch } = setup()
    const reply = await handlers.get('renvooi:readSample')!({ senderFrame: { url: 'https://evil.example/', parent: null } }, 'x')
    expect(reply).toMatchObject({ ok: false, error: { code: 'forbidden' } })
    expect(dispatch).not.toHaveBeenCalled()
  })

  it('passes a trusted call to the validating dispatcher', async () => {
    const { handlers, dispatch } = setup()
    const reply = await handlers.get('renvooi:readSample')!({ senderFrame: { url: 'app://renvooi/index.html', parent: null } }, '273f-current.md')
    expect(reply).toEqual({ ok: true, value: 'done' })
    expect(dispatch).toHaveBeenCalledWith('readSample', ['273f-current.md'])
  })
})
