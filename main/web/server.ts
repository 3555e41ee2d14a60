/**
 * The browser host: serves the built renderer and implements the HostApi over HTTP on
 * 127.0.0.1, for `npm start` where Electron is unavailable and for the end-to-end tests.
 * Every API call must carry this run's random token, come to our own Host (no DNS rebinding)
 * and, when the browser sends an Origin, from our own origin.
 */
import http from 'node:http'
import { randomBytes, timingSafeEqual } from 'node:crypto'
import type { AddressInfo } from 'node:net'
import { createHostService } from '../services/host-service.js'
import { createWebPlatform } from './web-platform.js'
import { serveStatic } from './static-files.js'

export interface WebHostOptions {
  readonly rendererDir: string
  readonly samplesDir: string
  readonly projectsDir: string
  readonly stateDir: string
  readonly version: string
  /** 0 picks a free port. */
  readonly port?: number
  /** Fixed token for tests; random per run otherwise. */
  readonly token?: string
}

export interface WebHost {
  readonly url: string
  readonly token: string
  /** The address to open: url with the token. */
  readonly appUrl: string
  close(): Promise<void>
}

export const TOKEN_HEADER = 'x-renvooi-token'
const MAX_BODY_BYTES = 64 * 1024 * 1024

export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const token = options.token ?? randomBytes(24).toString('base64url')
  const { dispatch } = createHostService({
    version: options.version,
    samplesDir: options.samplesDir,
    stateDir: options.stateDir,
    platform: createWebPlatform(options.projectsDir),
  })
  let origin = ''

  const server = http.createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' })
      res.end('Internal error')
    })
  })

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const host = req.headers.host ?? ''
    if (`http://${host}` !== origin && `http://${host}` !== origin.replace('127.0.0.1', 'localhost')) {
      res.writeHead(421, { 'content-type': 'text/plain; charset=utf-8' }).end('Wrong host')
      return
    }
    const url = new URL(req.url ?? '/', origin)
    if (!url.pathname.startsWith('/api/')) {
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.writeHead(405).end()
        return
      }
      await serveStatic(options.rendererDir, url.pathname, res)
      return
    }
    if (req.method !== 'POST') {
      res.writeHead(405).end()
      return
    }
    if (req.headers.origin !== undefined && req.headers.origin !== origin && req.headers.origin !== `http://${host}`) {
      res.writeHead(403).end()
      return
    }
    if (!tokenMatches(req.headers[TOKEN_HEADER], token)) {
      res.writeHead(401, { 'content-type': 'text/plain; charset=utf-8' }).end('Missing or wrong token')
      return
    }
    const body = await readBody(req)
    let args: unknown
    try {
      args = body === null ? undefined : JSON.parse(body)
    } catch {
      args = undefined
    }
    const reply = body === null
      ? { ok: false as const, error: { code: 'bad-request' as const, message: 'The request is too large.' } }
      : await dispatch(decodeURIComponent(url.pathname.slice('/api/'.length)), args)
    res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' })
    res.end(JSON.stringify(reply))
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve())
  })
  const { port } = server.address() as AddressInfo
  origin = `http://127.0.0.1:${port}`
  return {
    url: origin,
    token,
    appUrl: `${origin}/?token=${encodeURIComponent(token)}`,
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections()
      server.close(() => resolve())
    }),
  }
}

function tokenMatches(sent: string | string[] | undefined, token: string): boolean {
  if (typeof sent !== 'string') return false
  const a = Buffer.from(sent)
  const b = Buffer.from(token)
  return a.length === b.length && timingSafeEqual(a, b)
}

/** The body as text, or null when it exceeds the limit. */
function readBody(req: http.IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    req.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > MAX_BODY_BYTES) {
        resolve(null)
        req.destroy()
        return
      }
      chunks.push(chunk)
    })
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    req.on('error', reject)
  })
}
