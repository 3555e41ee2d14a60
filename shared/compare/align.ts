import type { Side, Node } from './nodes.js'
import { assignBestFirst, type Alignment, type Candidate } from './alignment.js'
import { containedIn, sharedShingleCandidates } from './candidates.js'
import { containment, dice, union, type Shingles } from './shingles.js'

/**
 * Structural alignment of two texts, in the spirit of GumTree's tree matching:
 *  1. identical subtrees, whatever their numbers (unchanged and renumbered units, whole articles),
 *     then units whose own text occurs once on each side (a lead-in kept while an onderdeel changed);
 *  2. articles by number and by the text of their whole subtree;
 *  3. units below articles, level by level, by the similarity of their own text plus what their
 *     place says (same parent, same number, same article) — best-first, so a lid that moved and
 *     the lid that took its number are both found;
 *  4. containers whose children went together (a lid whose lead-in was rewritten);
 *  5. fragments: an unmatched unit whose text lies inside a unit of the same article that is
 *     matched already makes a split (or, the other way round, a merge); two leftovers that are
 *     alike enough are matched.
 * Steps 3–5 run twice: first only within corresponding articles, then across the whole text.
 */

/*
 * Weights and bars. Similarity is Dice over word bigrams (0..1); the place of a unit adds a
 * little. The values were set on the art. 273f pair and on generated codes (tests/bench) and are
 * pinned by tests/unit/compare-*.test.ts: lowering the bars makes look-alike formulas pair
 * across a code, raising them turns rewritten leden into delete + insert.
 */
/** Parents correspond: the strongest hint that two units are the same. */
const PARENT = 0.15
/** …and the unit kept its number there too. */
const SAME_PLACE = 0.2
const SAME_TYPE = 0.05
const SAME_ARTICLE = 0.05
/** A unit under a corresponding parent with its number kept needs only a trace of common text (0.05). */
const UNIT_THRESHOLD = 0.5
/** An article's number is its identity for drafters: same number alone suffices… */
const ARTICLE_NUMBER = 0.35
const ARTICLE_THRESHOLD = 0.35
/**
 * …but two articles with different numbers matched on text alone must share most of it: statutes
 * are full of boilerplate ("bij of krachtens", "geldboete van de … categorie"), and unrelated
 * articles of one code easily reach a Dice of 0.4.
 */
const ARTICLE_TEXT_THRESHOLD = 0.6
/** Children that went together: at least half of both containers' children. */
const CONTAINER_SHARE = 0.5
/** A part of a split or merge: at least half of its bigrams lie in the host… */
const FRAGMENT_CONTAINMENT = 0.5
/** …and it covers at least 15% of the host that its present partners leave uncovered… */
const FRAGMENT_GAIN = 0.15
/**
 * …or, a short part standing right next to a present partner (a sentence split off a long lid
 * into the next lid), at least 5% of the host and half of what the present partners leave
 * uncovered, with nearly all of its own words from the host.
 */
const SHORT_PART_GAIN = 0.05
const SHORT_PART_SHARE_OF_REST = 0.5
const SHORT_PART_CONTAINMENT = 0.8
/** Above this many pairs in one article, candidates are found through shared rare word pairs. */
const ALL_PAIRS_LIMIT = 400
/** Two leftovers paired late, without the evidence of a level-by-level match. */
const LEFTOVER_THRESHOLD = 0.6

/** Completes `al`, which may hold settled articles already (settle.ts). */
export function align(a: Side, b: Side, al: Alignment): Alignment {
  matchIdenticalSubtrees(a, b, al)
  matchIdenticalTexts(a, b, al)
  matchArticles(a, b, al)
  let maxDepth = 0
  for (const side of [a, b]) for (let k = 0; k < side.nodes.length; k++) maxDepth = Math.max(maxDepth, side.nodes[k]!.depth)
  // Within each article first, with splits and merges, and only then across articles: statutes
  // repeat their formulas, and a far-away look-alike must not take an onderdeel that was merged
  // into its neighbour before the merge is even considered.
  for (const scope of ['article', 'text'] as const) {
    for (let depth = 1; depth <= maxDepth; depth++) matchUnitsAtDepth(a, b, al, depth, scope)
    matchContainers(a, b, al)
    attachFragments(a, b, al, scope)
  }
  uncross(a, b, al)
  return al
}

function matchIdenticalSubtrees(a: Side, b: Side, al: Alignment): void {
  // New units by structure key, as one array sorted by key (no list per key: a whole Wetboek has
  // ~10^5 of them), and how often each key occurs on the old side.
  // Settled units (settle.ts) have no key (-1) and are left out: they are paired already.
  let keys = 0
  // Indexed loops over the nodes, here and below: a comparison runs once, largely before the
  // optimising compiler has stepped in, and unoptimised for…of allocates a result per step.
  for (let k = 0; k < a.nodes.length; k++) keys = Math.max(keys, a.nodes[k]!.key + 1)
  for (let k = 0; k < b.nodes.length; k++) keys = Math.max(keys, b.nodes[k]!.key + 1)
  const start = new Int32Array(keys + 1)
  for (let k = 0; k < b.nodes.length; k++) if (b.nodes[k]!.key >= 0) start[b.nodes[k]!.key + 1]!++
  for (let k = 0; k < keys; k++) start[k + 1]! += start[k]!
  const byKey = new Int32Array(b.nodes.length)
  const fill = start.slice(0, keys)
  for (let k = 0; k < b.nodes.length; k++) {
    const key = b.nodes[k]!.key
    if (key >= 0) byKey[fill[key]!++] = k
  }
  const oldCount = new Int32Array(keys)
  for (let k = 0; k < a.nodes.length; k++) {
    const key = a.nodes[k]!.key
    if (key >= 0) oldCount[key]!++
  }
  // Document order visits every unit before its descendants, so an unchanged article is matched
  // whole, children included, before any of its parts is considered on its own. Subtrees that
  // occur once on each side go first, everywhere; only then does a repeated text ("Vervallen.")
  // stay where it kept its path — in one pass, a repeated onderdeel could take the place of the
  // twin inside a unique subtree further on, depending on which text is called old.
  for (const pass of ['unique', 'repeated'] as const) {
    for (let i = 0; i < a.nodes.length; i++) {
      const o = a.nodes[i]!
      if (!al.oldFree(i) || (!o.own && !o.children.length)) continue
      const from = start[o.key]!
      const to = start[o.key + 1]!
      if (from === to) continue
      const unique = to - from === 1 && oldCount[o.key] === 1
      if (pass === 'unique' && unique) {
        const j = byKey[from]!
        if (al.newFree(j) && (!isGeneric(o) || o.unit.number === b.nodes[j]!.unit.number)) matchSubtree(a, b, i, j, al)
      } else if (pass === 'repeated' && !unique) {
        for (let k = from; k < to; k++) {
          const j = byKey[k]!
          if (al.newFree(j) && b.nodes[j]!.unit.path === o.unit.path) {
            matchSubtree(a, b, i, j, al)
            break
          }
        }
      }
    }
  }
}

/**
 * Units whose own text occurs exactly once on each side, though their subtrees differ: a lid
 * whose lead-in is unchanged while one of its onderdelen was edited, wherever it went.
 */
function matchIdenticalTexts(a: Side, b: Side, al: Alignment): void {
  // By text id (shared by both sides): the unit holding a text, or -2 once it occurs twice.
  let ids = 0
  for (let k = 0; k < a.nodes.length; k++) ids = Math.max(ids, a.nodes[k]!.textId + 1)
  for (let k = 0; k < b.nodes.length; k++) ids = Math.max(ids, b.nodes[k]!.textId + 1)
  const holder = (side: Side): Int32Array => {
    const at = new Int32Array(ids).fill(-1)
    for (let k = 0; k < side.nodes.length; k++) {
      const n = side.nodes[k]!
      if (n.own && n.textId >= 0) at[n.textId] = at[n.textId] === -1 ? k : -2
    }
    return at
  }
  const olds = holder(a)
  const news = holder(b)
  for (let t = 0; t < ids; t++) {
    const i = olds[t]!
    const j = news[t]!
    if (i < 0 || j < 0 || !al.oldFree(i) || !al.newFree(j)) continue
    if (!isGeneric(a.nodes[i]!) || a.nodes[i]!.unit.number === b.nodes[j]!.unit.number) al.pair(i, j)
  }
}

/**
 * Four words (runs of letters or digits) or more: a test, so no match objects are made. Tried
 * only where a word starts, so a text of three very long words fails in linear time.
 */
const FOUR_WORDS = /(?<![\p{L}\p{N}])(?:[\p{L}\p{N}]+[^\p{L}\p{N}]+){3}[\p{L}\p{N}]/u

/**
 * A leaf whose whole text is a word or three ("Vervallen."): that it occurs once on each side
 * says nothing about identity, so it is matched by its number or by the scored phases, never on
 * its text alone (that turned an untouched article between two repealed ones into a move).
 */
function isGeneric(n: Node): boolean {
  if (n.children.length) return false
  return !FOUR_WORDS.test(n.own)
}

/**
 * Identical sibling texts ("Vervallen." twice) can be paired crosswise by best-first; as their
 * texts are equal, pairing them in document order says the same and reports no false move.
 */
function uncross(a: Side, b: Side, al: Alignment): void {
  // Leaf pairs grouped by their parents first (a number, no string to build for each of the
  // thousands of pairs), and by text only where two pairs share their parents.
  const byParents = new Map<number, number[]>()
  const width = b.nodes.length + 1
  al.groups.forEach((g, id) => {
    if (g.olds.length !== 1 || g.news.length !== 1) return
    const o = a.nodes[g.olds[0]!]!
    // Units settled inside an article were paired in document order among their siblings, all
    // settled too: never crosswise. Settled articles are siblings of every other article, though.
    if ((o.settled && o.parent >= 0) || o.children.length) return
    const n = b.nodes[g.news[0]!]!
    if (n.children.length || o.own !== n.own) return
    const key = (o.parent + 1) * width + n.parent + 1
    const list = byParents.get(key)
    if (list) list.push(id)
    else byParents.set(key, [id])
  })
  byParents.forEach((siblings) => {
    if (siblings.length < 2) return
    const byText = new Map<string, number[]>()
    for (const id of siblings) {
      const own = a.nodes[al.groups[id]!.olds[0]!]!.own
      const list = byText.get(own)
      if (list) list.push(id)
      else byText.set(own, [id])
    }
    for (const ids of byText.values()) {
      if (ids.length < 2) continue
      const olds = ids.map((g) => al.groups[g]!.olds[0]!).sort((x, y) => x - y)
      const news = ids.map((g) => al.groups[g]!.news[0]!).sort((x, y) => x - y)
      ids.forEach((g, k) => al.repair(g, olds[k]!, news[k]!))
    }
  })
}

function matchSubtree(a: Side, b: Side, i: number, j: number, al: Alignment): void {
  const o = a.nodes[i]!
  const n = b.nodes[j]!
  if (o.own !== n.own || o.children.length !== n.children.length) return // keys are exact; a guard all the same
  al.pair(i, j)
  o.children.forEach((c, k) => {
    const d = n.children[k]!
    if (al.oldFree(c) && al.newFree(d)) matchSubtree(a, b, c, d, al)
  })
}

/**
 * Articles not identical as a whole. First by what their contents already say: descendants
 * matched as identical subtrees vote for the article their partners stand in (GumTree's
 * bottom-up step), with the article number as a strong hint. Only articles left after that are
 * compared by the text of their whole subtree, which is costlier.
 */
function matchArticles(a: Side, b: Side, al: Alignment): void {
  const freeOld = al.openOld().filter((i) => a.nodes[i]!.depth === 0)
  const freeNew = al.openNew().filter((j) => b.nodes[j]!.depth === 0)
  if (!freeOld.length || !freeNew.length) return
  const byNumber = new Map(freeNew.map((j) => [b.nodes[j]!.unit.number, j]))
  const sameNumber = (i: number, j: number): boolean => a.nodes[i]!.unit.number === b.nodes[j]!.unit.number
  const cands: Candidate[] = []
  for (let x = 0; x < freeOld.length; x++) {
    const i = freeOld[x]!
    const o = a.nodes[i]!
    const votes = new Map<number, number>()
    for (let d = i + 1; d <= o.end; d++) {
      const partners = al.partnersOfOld(d)
      for (let y = 0; y < partners.length; y++) {
        const art = b.nodes[partners[y]!]!.article
        if (al.newFree(art)) votes.set(art, (votes.get(art) ?? 0) + 1)
      }
    }
    const numbered = byNumber.get(o.unit.number)
    if (numbered !== undefined && !votes.has(numbered)) votes.set(numbered, 0)
    votes.forEach((count, j) => {
      const n = b.nodes[j]!
      const descendants = o.end - i + (n.end - j)
      const share = descendants ? (2 * count) / descendants : 0
      cands.push({ i, j, score: share + (sameNumber(i, j) ? ARTICLE_NUMBER : 0) })
    })
  }
  assignBestFirst(cands, a.nodes, b.nodes, ARTICLE_THRESHOLD, al)

  const olds = freeOld.filter((i) => al.oldFree(i))
  const news = freeNew.filter((j) => al.newFree(j))
  if (!olds.length || !news.length) return
  const full = (side: Side): ((k: number) => Shingles) => {
    const cache = new Map<number, Shingles>()
    return (k) => {
      let sh = cache.get(k)
      if (!sh) {
        const n = side.nodes[k]!
        sh = union(side.nodes.slice(k, n.end + 1).map((d) => d.shingles))
        cache.set(k, sh)
      }
      return sh
    }
  }
  const fullOld = full(a)
  const fullNew = full(b)
  const rest = sharedShingleCandidates(olds, news, fullOld, fullNew).map(([i, j]) => ({
    i, j, score: dice(fullOld(i), fullNew(j)) + (sameNumber(i, j) ? ARTICLE_NUMBER : 0),
  }))
  assignBestFirst(rest, a.nodes, b.nodes, ARTICLE_TEXT_THRESHOLD, al)
}

/** What the place of two units adds to the similarity of their texts. */
function placeBonus(o: Node, n: Node, al: Alignment): number {
  const parent = al.together(o.parent, n.parent)
  const sameType = o.unit.type === n.unit.type
  return (parent ? PARENT : 0) + (parent && sameType && o.unit.number === n.unit.number ? SAME_PLACE : 0) +
    (sameType ? SAME_TYPE : 0) + (al.together(o.article, n.article) ? SAME_ARTICLE : 0)
}

/** Where a phase looks: within corresponding articles only, or across the whole text. */
type Scope = 'article' | 'text'

function matchUnitsAtDepth(a: Side, b: Side, al: Alignment, depth: number, scope: Scope): void {
  const pairs = scope === 'article' ? pairsWithinArticles(a, b, al, depth) : pairsAcrossText(a, b, al, depth)
  const cands: Candidate[] = []
  for (const [i, j] of pairs) {
    const o = a.nodes[i]!
    const n = b.nodes[j]!
    if (Math.max(o.depth, n.depth) !== depth) continue
    if (scope === 'article' && !al.together(o.article, n.article)) continue
    cands.push({ i, j, score: dice(o.shingles, n.shingles) + placeBonus(o, n, al) })
  }
  assignBestFirst(cands, a.nodes, b.nodes, UNIT_THRESHOLD, al)
}

const freeUnits = (side: Side, from: number, to: number, depth: number, free: (k: number) => boolean): number[] => {
  const out: number[] = []
  for (let k = from; k <= to; k++) {
    const n = side.nodes[k]!
    if (n.depth >= 1 && n.depth <= depth && free(k)) out.push(k)
  }
  return out
}

/**
 * Within corresponding articles every free pair is a candidate: an article holds a handful of
 * units, so measuring them all is cheaper than indexing the whole text, and finds the same pairs
 * (plus those whose shared words are common ones, which their place may still carry).
 */
function pairsWithinArticles(a: Side, b: Side, al: Alignment, depth: number): Array<[number, number]> {
  const pairs: Array<[number, number]> = []
  // Only article groups with a free unit on both sides; most articles of a code are done by now.
  // Open units are listed in document order, so their articles come in order too.
  const articlesWithOpenUnits = (side: Side, open: readonly number[]): number[] => {
    const articles: number[] = []
    for (let x = 0; x < open.length; x++) {
      const n = side.nodes[open[x]!]!
      if (n.depth >= 1 && n.depth <= depth && articles[articles.length - 1] !== n.article) articles.push(n.article)
    }
    return articles
  }
  const openNew = new Uint8Array(b.nodes.length)
  for (const j of articlesWithOpenUnits(b, al.openNew())) openNew[j] = 1
  const done = new Set<number>()
  for (const art of articlesWithOpenUnits(a, al.openOld())) {
    const gid = al.oldGroup[art]!
    if (gid < 0 || done.has(gid)) continue
    done.add(gid)
    const g = al.groups[gid]!
    const newArticles = g.news.filter((j) => b.nodes[j]!.parent < 0 && openNew[j])
    if (!newArticles.length) continue
    const olds = g.olds.filter((i) => a.nodes[i]!.parent < 0).flatMap((i) => freeUnits(a, i, a.nodes[i]!.end, depth, (k) => al.oldFree(k)))
    const news = newArticles.flatMap((j) => freeUnits(b, j, b.nodes[j]!.end, depth, (k) => al.newFree(k)))
    if (!olds.length || !news.length) continue
    if (olds.length * news.length > ALL_PAIRS_LIMIT) {
      pairs.push(...sharedShingleCandidates(olds, news, (i) => a.nodes[i]!.shingles, (j) => b.nodes[j]!.shingles))
      pairs.push(...sameNumberPairs(olds, a, b, al))
    } else {
      for (const i of olds) for (const j of news) pairs.push([i, j])
    }
  }
  return pairs
}

/** Across the text, candidates share a rare word pair, or keep their number under corresponding parents. */
function pairsAcrossText(a: Side, b: Side, al: Alignment, depth: number): Array<[number, number]> {
  const below = (side: Side) => (k: number): boolean => side.nodes[k]!.depth >= 1 && side.nodes[k]!.depth <= depth
  const olds = al.openOld().filter(below(a))
  const news = al.openNew().filter(below(b))
  if (!olds.length || !news.length) return []
  const pairs = sharedShingleCandidates(olds, news, (i) => a.nodes[i]!.shingles, (j) => b.nodes[j]!.shingles)
  pairs.push(...sameNumberPairs(olds, a, b, al))
  return pairs
}

/** Same number under parents that correspond: a candidate even when the text was rewritten. */
function sameNumberPairs(olds: readonly number[], a: Side, b: Side, al: Alignment): Array<[number, number]> {
  const pairs: Array<[number, number]> = []
  for (const i of olds) {
    const o = a.nodes[i]!
    for (const q of o.parent >= 0 ? al.partnersOfOld(o.parent) : []) {
      for (const j of b.nodes[q]!.children) if (al.newFree(j) && b.nodes[j]!.unit.number === o.unit.number) pairs.push([i, j])
    }
  }
  return pairs
}

/** A container whose children went, for the most part, to one container on the other side. */
function matchContainers(a: Side, b: Side, al: Alignment): void {
  const cands: Candidate[] = []
  const open = al.openOld()
  for (let x = 0; x < open.length; x++) {
    const o = a.nodes[open[x]!]!
    if (!o.children.length) continue
    const tally = new Map<number, number>()
    for (const c of o.children) {
      for (const d of al.partnersOfOld(c)) {
        const q = b.nodes[d]!.parent
        if (q >= 0 && al.newFree(q)) tally.set(q, (tally.get(q) ?? 0) + 1)
      }
    }
    tally.forEach((count, q) => {
      const n = b.nodes[q]!
      const score = (2 * count) / (o.children.length + n.children.length)
      if (score >= CONTAINER_SHARE) cands.push({ i: o.idx, j: q, score: score + dice(o.shingles, n.shingles) })
    })
  }
  assignBestFirst(cands, a.nodes, b.nodes, CONTAINER_SHARE, al)
}

interface Fragment {
  /** The unmatched unit and the unit that holds its text, with their sides. */
  readonly part: number
  readonly host: number
  readonly partIsNew: boolean
  readonly score: number
}

/**
 * Splits and merges. A unit left over on one side whose text is for the most part contained in a
 * unit on the other side joins that unit's group — provided it covers a good share of the host
 * that the host's present partners do not. Both directions are collected and applied together,
 * strongest first, so swapping old and new turns every split into a merge and back.
 */
function attachFragments(a: Side, b: Side, al: Alignment, scope: Scope): void {
  const fragments: Fragment[] = []
  const collect = (parts: Side, hosts: Side, partIsNew: boolean): void => {
    const leftover = (partIsNew ? al.openNew() : al.openOld()).filter((k) => parts.nodes[k]!.shingles.length >= 3)
    if (!leftover.length) return
    const found = fragmentCandidates(leftover, parts, hosts, partIsNew, al, scope)
    const best = new Map<number, Fragment>()
    // Equal containment in two hosts: the nearer host (relative position), then the first. The
    // order found follows shingle ids, which depend on which text is called old; breaking ties
    // by it made a part join one host forward and the other backward.
    const distance = (part: number, host: number): number => Math.abs(part / parts.nodes.length - host / hosts.nodes.length)
    for (const { part, host, score } of found) {
      const prev = best.get(part)
      const better = !prev || score > prev.score ||
        (score === prev.score && (distance(part, host) - distance(part, prev.host) || host - prev.host) < 0)
      if (better) best.set(part, { part, host, partIsNew, score })
    }
    fragments.push(...best.values())
  }
  collect(b, a, true)
  collect(a, b, false)
  fragments.sort((x, y) => y.score - x.score || x.part + x.host - (y.part + y.host))
  for (const f of fragments) applyFragment(f, a, b, al)
}

/**
 * Hosts that could hold each leftover part, with their containment. A part can only join a host
 * in a corresponding article (`applyFragment`), so those are measured directly — a handful of
 * units per part, where scanning every changed unit of a whole Wetboek for shared boilerplate
 * found thousands of useless pairs. Across the text, a part may still pair with another leftover
 * (a host in no group yet), found through the shingle index.
 */
function fragmentCandidates(
  leftover: readonly number[], parts: Side, hosts: Side, partIsNew: boolean, al: Alignment, scope: Scope,
): Array<{ part: number; host: number; score: number }> {
  const [a, b] = partIsNew ? [hosts, parts] : [parts, hosts]
  const groupOf = (k: number): number => (partIsNew ? al.oldGroup[k]! : al.newGroup[k]!)
  // A host whose text came through unchanged cannot have lost a part to a split or merge.
  const eligible = (n: Node): boolean => {
    const g = groupOf(n.idx)
    return !(g >= 0 && isUnchanged(g, a, b, al)) && n.shingles.length >= 3
  }
  const inArticles = new Map<number, number[]>()
  const hostsInArticlesOf = (partArticle: number): number[] => {
    let list = inArticles.get(partArticle)
    if (list) return list
    list = []
    const g = partIsNew ? al.newGroup[partArticle]! : al.oldGroup[partArticle]!
    if (g >= 0) {
      const group = al.groups[g]!
      for (const ha of partIsNew ? group.olds : group.news) {
        if (hosts.nodes[ha]!.parent >= 0) continue // a unit below an article grouped with one
        for (let k = ha; k <= hosts.nodes[ha]!.end; k++) {
          const n = hosts.nodes[k]!
          if ((scope === 'article' || groupOf(k) >= 0) && eligible(n)) list.push(k)
        }
      }
    }
    inArticles.set(partArticle, list)
    return list
  }
  const out: Array<{ part: number; host: number; score: number }> = []
  for (const p of leftover) {
    const part = parts.nodes[p]!
    for (const h of hostsInArticlesOf(part.article)) {
      const score = containment(part.shingles, hosts.nodes[h]!.shingles)
      if (score >= FRAGMENT_CONTAINMENT) out.push({ part: p, host: h, score })
    }
  }
  if (scope === 'text') {
    const loose = (partIsNew ? al.openOld() : al.openNew()).filter((k) => hosts.nodes[k]!.shingles.length >= 3)
    out.push(...containedIn(leftover, loose, (k) => parts.nodes[k]!.shingles, (k) => hosts.nodes[k]!.shingles, FRAGMENT_CONTAINMENT))
  }
  return out
}

function isUnchanged(group: number, a: Side, b: Side, al: Alignment): boolean {
  const { olds, news } = al.groups[group]!
  return olds.length === 1 && news.length === 1 && a.nodes[olds[0]!]!.own === b.nodes[news[0]!]!.own
}

/** Two units side by side under one parent: the parts of a split stand so, as do those merged. */
function adjacentSiblings(side: Side, x: number, y: number): boolean {
  const [first, second] = x < y ? [side.nodes[x]!, side.nodes[y]!] : [side.nodes[y]!, side.nodes[x]!]
  return first.parent === second.parent && first.end + 1 === second.idx
}

function applyFragment(f: Fragment, a: Side, b: Side, al: Alignment): void {
  const [parts, hosts] = f.partIsNew ? [b, a] : [a, b]
  const partFree = f.partIsNew ? al.newFree(f.part) : al.oldFree(f.part)
  if (!partFree) return
  const hostGroup = f.partIsNew ? al.oldGroup[f.host]! : al.newGroup[f.host]!
  if (hostGroup < 0) {
    // Two leftovers: only a plain match, and only on the evidence a match needs (a fragment's
    // containment alone would pair unrelated units that share boilerplate).
    const [o, n] = f.partIsNew ? [a.nodes[f.host]!, b.nodes[f.part]!] : [a.nodes[f.part]!, b.nodes[f.host]!]
    if (dice(o.shingles, n.shingles) + placeBonus(o, n, al) >= LEFTOVER_THRESHOLD) al.pair(o.idx, n.idx)
    return
  }
  const group = al.groups[hostGroup]!
  const [hostSide, partSide] = f.partIsNew ? [group.olds, group.news] : [group.news, group.olds]
  if (hostSide.length !== 1) return // would make a many-to-many group
  // A split or merge happens inside one article: a look-alike elsewhere in the code is not a part.
  const [hostArticle, partArticle] = [hosts.nodes[f.host]!.article, parts.nodes[f.part]!.article]
  if (!(f.partIsNew ? al.together(hostArticle, partArticle) : al.together(partArticle, hostArticle))) return
  const host = hosts.nodes[f.host]!.shingles
  const present = union(partSide.map((k) => parts.nodes[k]!.shingles))
  const covered = containment(host, present)
  const gain = containment(host, union([present, parts.nodes[f.part]!.shingles])) - covered
  const shortPart = f.score >= SHORT_PART_CONTAINMENT && gain >= SHORT_PART_GAIN && gain >= SHORT_PART_SHARE_OF_REST * (1 - covered) &&
    partSide.some((k) => adjacentSiblings(parts, k, f.part))
  if (gain < FRAGMENT_GAIN && !shortPart) return
  if (f.partIsNew) al.addNew(hostGroup, f.part)
  else al.addOld(hostGroup, f.part)
}
