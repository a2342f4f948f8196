import { copyForm, diceAtLeast, normalizeForCopy } from '../rules/text';
import type { CopyForm } from '../rules/text';

/**
 * Near-identical narratives among thousands of units without comparing every pair: each text gets a
 * MinHash sketch by one-permutation hashing (one hash per 4-character shingle, the minimum kept in each
 * of 64 bins), the sketch is cut into bands, and only texts sharing a band are compared in full. The
 * cost is linear in the total text; a band shared by very many texts (boilerplate) is compared against
 * one representative, not pairwise.
 */
const SHINGLE = 4;
const BINS = 64;
const ROWS = 4;
const BANDS = BINS / ROWS;
const EMPTY = 0xffffffff;

/** Texts shorter than this (after normalising) are boilerplate such as 「本年度未收取信息处理费」, not 雷同. */
export const MIN_COPY_CHARS = 80;

/** FNV-1a of the shingle at `start`, over UTF-16 code units (a rare surrogate pair is two units, harmlessly). */
function fnv(text: string, start: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < start + SHINGLE; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  // A final mix so the top bits (the bin) and the rest (the value) are independent.
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  return h >>> 0;
}

function sketch(norm: string): Uint32Array {
  const mins = new Uint32Array(BINS).fill(EMPTY);
  for (let i = 0; i + SHINGLE <= norm.length; i++) {
    const h = fnv(norm, i);
    const bin = h >>> 26; // top 6 bits: 64 bins
    const v = h & 0x3ffffff;
    if (v < (mins[bin] ?? 0)) mins[bin] = v;
  }
  // Densify: an empty bin takes the next filled bin's value, shifted by the distance, so short texts
  // still have full bands and two copies of one text still agree bin for bin.
  const filled = mins.slice();
  for (let b = 0; b < BINS; b++) {
    if (filled[b] !== EMPTY) continue;
    let j = b;
    let k = 0;
    while (filled[j] === EMPTY && k < BINS) {
      j = (j + 1) % BINS;
      k++;
    }
    mins[b] = ((filled[j] ?? 0) + Math.imul(k, 0x9e3779b1)) >>> 0;
  }
  return mins;
}

/**
 * A band's bins hashed to one number: two texts that share a band share its hash; a chance collision only
 * costs one full comparison, which decides.
 */
function bandHash(s: Uint32Array, band: number): number {
  let h = 0x811c9dc5;
  for (let r = band * ROWS; r < band * ROWS + ROWS; r++) h = Math.imul(h ^ (s[r] ?? 0), 0x01000193);
  return h >>> 0;
}

/**
 * The first text seen with each (band, hash), in typed arrays with open addressing: a Map keyed by band
 * and hash together would box every key, and the county looks up sixteen per text.
 */
class FirstInBand {
  private readonly hashes: Uint32Array;
  /** band + 1; 0 is an empty slot. */
  private readonly bands: Uint8Array;
  private readonly texts: Int32Array;
  private readonly mask: number;

  /** Room for `entries` keys at most half full, so a probe stays short. */
  constructor(entries: number) {
    let size = 16;
    while (size < entries * 2) size *= 2;
    this.hashes = new Uint32Array(size);
    this.bands = new Uint8Array(size);
    this.texts = new Int32Array(size);
    this.mask = size - 1;
  }

  /** The text first seen with this band and hash, or undefined (and `text` is now that one). */
  firstOrAdd(band: number, hash: number, text: number): number | undefined {
    let slot = (hash ^ Math.imul(band + 1, 0x9e3779b1)) & this.mask;
    for (;;) {
      const b = this.bands[slot] ?? 0;
      if (b === 0) {
        this.bands[slot] = band + 1;
        this.hashes[slot] = hash;
        this.texts[slot] = text;
        return undefined;
      }
      if (b === band + 1 && this.hashes[slot] === hash) return this.texts[slot];
      slot = (slot + 1) & this.mask;
    }
  }
}

export interface TextItem {
  /** Who wrote it; texts of one owner (a unit's two files) are never paired. */
  owner: string;
  text: string;
}

/** Groups of items (by index) whose texts are at least `threshold` similar (bigram Dice, as rule N8). */
export function nearDuplicateGroups(items: readonly TextItem[], threshold: number): number[][] {
  const parent = items.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i] ?? i] ?? i;
    return i;
  };
  const norms = items.map((it) => normalizeForCopy(it.text));
  // Each text's bigrams are built once, when it is first compared; most texts never are.
  const forms: (CopyForm | undefined)[] = [];
  const form = (i: number): CopyForm => (forms[i] ??= copyForm(norms[i] ?? ''));
  const buckets = new FirstInBand(items.length * BANDS);
  const linked = new Set<number>();
  for (let i = 0; i < items.length; i++) {
    const norm = norms[i] ?? '';
    if (norm.length < MIN_COPY_CHARS) continue;
    const s = sketch(norm);
    // A text sharing boilerplate with a representative shares many bands with it: compared once.
    const compared = new Set<number>();
    for (let band = 0; band < BANDS; band++) {
      const rep = buckets.firstOrAdd(band, bandHash(s, band), i);
      if (rep === undefined) continue;
      const a = find(rep);
      const b = find(i);
      if (a === b || compared.has(rep) || items[rep]?.owner === items[i]?.owner) continue;
      compared.add(rep);
      // A text copied whole (boilerplate every unit kept) is equal as it is: its bigrams are never built.
      const similar = norms[rep] === norms[i] ? threshold <= 1 : diceAtLeast(form(rep), form(i), threshold);
      if (similar) {
        parent[b] = a;
        linked.add(rep).add(i);
      }
    }
  }
  const groups = new Map<number, number[]>();
  for (const i of linked) {
    const root = find(i);
    const group = groups.get(root);
    if (group) group.push(i);
    else groups.set(root, [i]);
  }
  return [...groups.values()].map((g) => g.sort((x, y) => x - y));
}
