/**
 * Keeps one instance of a class alive for the life of the process, for speed only.
 *
 * V8 gives the instances of a class a chain of hidden classes ("maps") as their fields are set,
 * and optimised code relies on the last of them. Only the first map of the chain is held by the
 * class; the rest live as long as some instance does. The engine's working objects (the unit
 * builder, the comparison's nodes, keys and alignment) all die when a comparison is done, so a
 * full garbage collection took their maps, and V8 threw away every function optimised for them:
 * about 200 deoptimisations in 10 comparisons of a 1,500-article code, and warm runs 30–50%
 * slower and twice as uneven (measured with `--trace-deopt`; the editor compares on every pause
 * in typing). An instance that has been through the same steps as the real ones keeps the chain.
 */
const kept: object[] = []

export function keepShape<T extends object>(instance: T): T {
  kept.push(instance)
  return instance
}
