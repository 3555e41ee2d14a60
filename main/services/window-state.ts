/** The main window's size and place, remembered between runs (Electron only, but no electron import). */
import fs from 'node:fs/promises'
import path from 'node:path'
import { z } from 'zod'
import { writeFileAtomic } from './atomic-write.js'

const schema = z.object({
  x: z.number().int().optional(),
  y: z.number().int().optional(),
  width: z.number().int().min(640).max(20000),
  height: z.number().int().min(480).max(20000),
  maximized: z.boolean().default(false),
})

export type WindowState = z.infer<typeof schema>

export const DEFAULT_WINDOW_STATE: WindowState = { width: 1400, height: 900, maximized: false }

export async function loadWindowState(stateDir: string): Promise<WindowState> {
  try {
    return schema.parse(JSON.parse(await fs.readFile(path.join(stateDir, 'window-state.json'), 'utf8')))
  } catch {
    return DEFAULT_WINDOW_STATE
  }
}

export async function saveWindowState(stateDir: string, state: WindowState): Promise<void> {
  const parsed = schema.safeParse(state)
  if (!parsed.success) return
  await fs.mkdir(stateDir, { recursive: true })
  await writeFileAtomic(path.join(stateDir, 'window-state.json'), JSON.stringify(parsed.data))
}
