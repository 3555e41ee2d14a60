import { describe, expect, it } from 'vitest'
import { HOST_OPERATIONS, decodeHostError, encodeHostError, ipcChannel, unwrapReply } from '../../shared/host-api.js'
import { PAYLOADS } from '../../main/services/payloads.js'

describe('HostApi contract', () => {
  it('validates the payload of exactly the operations of the contract', () => {
    expect(Object.keys(PAYLOADS).sort()).toEqual([...HOST_OPERATIONS].sort())
  })

  it('namespaces every IPC channel', () => {
    for (const op of HOST_OPERATIONS) expect(ipcChannel(op)).toBe(`renvooi:${op}`)
  })

  it('carries a structured error inside an Error message (survives contextBridge)', () => {
    const info = { code: 'project-invalid' as const, message: 'x.renvooi: damaged', file: 'x.renvooi' }
    expect(decodeHostError(new Error(`Error invoking remote method: ${encodeHostError(info)}`))).toEqual(info)
    expect(decodeHostError(new Error('plain'))).toBeNull()
    expect(() => unwrapReply({ ok: false, error: info })).toThrow(/renvooi-host-error/)
    expect(unwrapReply({ ok: true, value: 3 })).toBe(3)
  })

  it('rejects malformed payloads', () => {
    expect(PAYLOADS.readSample.safeParse([]).success).toBe(false)
    expect(PAYLOADS.readSample.safeParse(['a', 'b']).success).toBe(false)
    expect(PAYLOADS.setEdited.safeParse(['yes']).success).toBe(false)
    expect(PAYLOADS.openProject.safeParse([null]).success).toBe(true)
    expect(PAYLOADS.openProject.safeParse(['x'.repeat(5000)]).success).toBe(false)
  })
})
