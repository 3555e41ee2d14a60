/** Serving the built renderer (out/renderer) with safe paths and strict headers. */
import fs from 'node:fs/promises'
import path from 'node:path'
import type { ServerResponse } from 'node:http'
import { resolveExistingInside } from '../services/safe-path.js'

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
}

/**
 * The policy of the meta tag in renderer/index.html, sent again as a header together with
 * frame-ancestors, which browsers ignore in a meta tag. The three hashes are the stylesheets of
 * the HTML reports (comparison, drieluik, consultatieverslag): the report preview is a sandboxed
 * srcdoc iframe, which inherits this policy, so without them the preview would show unstyled.
 * tests/unit/security-csp.test.ts recomputes them from the report renderers.
 */
export const REPORT_STYLE_HASHES = [
  "'sha256-hDhEmuN/WvCf/aN7bE7+6dqYEnvNXCb7un2S8snsnCE='",
  "'sha256-rQl2QGtJnsF9q+Nx3Q5ZqS5C0jC2n+DVHLaHiQn9gYE='",
  "'sha256-p1AzLkF7SsG4cYmmbpFjZHU7p65/xwcw+0dVv0OXTDc='",
] as const
export const RENDERER_CSP =
  `default-src 'none'; script-src 'self'; style-src 'self' ${REPORT_STYLE_HASHES.join(' ')}; img-src 'self' data:; font-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none'`
export const CONTENT_SECURITY_POLICY = `${RENDERER_CSP}; frame-ancestors 'none'`

export async function serveStatic(rendererDir: string, urlPath: string, res: ServerResponse): Promise<void> {
  const relative = urlPath === '/' ? 'index.html' : urlPath.slice(1)
  const file = resolveExistingInside(rendererDir, relative)
  const stat = file ? await fs.stat(file).catch(() => null) : null
  if (!file || !stat?.isFile()) {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found')
    return
  }
  res.writeHead(200, {
    'content-type': TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
    'content-security-policy': CONTENT_SECURITY_POLICY,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'cache-control': 'no-store',
  })
  res.end(await fs.readFile(file))
}
