/**
 * The IPC side of the HostApi: one `ipcMain.handle` per operation, each checking the sender
 * before the payload is even looked at; the payload itself is validated by the host service.
 */
import type { IpcMain, IpcMainInvokeEvent } from 'electron'
import { HOST_OPERATIONS, ipcChannel, type HostReply } from '../../shared/host-api.js'
import type { Dispatch } from '../services/host-service.js'
import { isTrustedSender } from './sender.js'

const FORBIDDEN: HostReply<never> = { ok: false, error: { code: 'forbidden', message: 'Request from an unknown page refused.' } }

export function registerHostHandlers(ipcMain: Pick<IpcMain, 'handle'>, dispatch: Dispatch, devServerOrigin?: string): void {
  for (const op of HOST_OPERATIONS) {
    ipcMain.handle(ipcChannel(op), async (event: IpcMainInvokeEvent, ...args: unknown[]) => {
      if (!isTrustedSender(event.senderFrame, devServerOrigin)) return FORBIDDEN
      return dispatch(op, args)
    })
  }
}
