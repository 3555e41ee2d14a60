/** Milliseconds per phase and peak memory, printed on stderr by `--timings`. */
export class Timings {
  private readonly phases: Array<[string, number]> = []
  private readonly start = performance.now()

  async phase<T>(name: string, work: () => Promise<T>): Promise<T> {
    const t = performance.now()
    try {
      return await work()
    } finally {
      this.add(name, performance.now() - t)
    }
  }

  add(name: string, ms: number): void {
    this.phases.push([name, ms])
  }

  report(): string {
    const parts = this.phases.map(([n, ms]) => `${n} ${ms.toFixed(1)} ms`)
    const total = performance.now() - this.start
    // maxRSS is in kilobytes; it covers the whole process, Node's own start-up included.
    const peak = process.resourceUsage().maxRSS / 1024
    return `renvooi timings: ${parts.join(', ')}, total ${total.toFixed(1)} ms; peak memory ${peak.toFixed(0)} MB`
  }
}
