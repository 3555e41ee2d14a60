import { execFileSync } from 'node:child_process'

// The CLI tests run the real bundle, as a user would; build it fresh once per run.
export default function setup(): void {
  execFileSync(process.execPath, ['main/cli/build.mjs'], { stdio: 'inherit' })
}
