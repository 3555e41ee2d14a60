import type { Reporter, TestModule } from 'vitest/node'

/**
 * Ends the run with the plain line `N passed, N failed, N skipped` that CI reads, whatever the
 * tier: vitest's own summary is not in that form.
 */
export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<unknown>): void {
    let passed = 0
    let failed = unhandledErrors.length
    let skipped = 0
    for (const mod of testModules) {
      let failedHere = 0
      for (const test of mod.children.allTests()) {
        const state = test.result().state
        if (state === 'passed') passed++
        else if (state === 'failed') failedHere++
        else skipped++
      }
      // A file that failed on its own (an import, or a beforeAll such as the renderer build),
      // its tests then skipped: that is a failure too, not a run of skips.
      failed += failedHere || (mod.state() === 'failed' ? 1 : 0)
    }
    process.stdout.write(`\n${passed} passed, ${failed} failed, ${skipped} skipped\n`)
  }
}
