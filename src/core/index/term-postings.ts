/**
 * The lexical index's storage: a term dictionary, an inverted list per term and a forward list
 * per passage, both as interleaved (number, tf) pairs in typed arrays. The forward lists make
 * `remove(id)` cheap (only that passage's terms are visited) and let scoring read one passage's
 * terms without its text. Slots of removed passages are reused; saving compacts everything.
 */
export class TermPostings {
  readonly termIds = new Map<string, number>();
  readonly terms: string[] = [];
  /** Per term: (slot, tf) pairs; only the first `df[term] * 2` entries are live. */
  private readonly postings: Uint32Array[] = [];
  private readonly dfs: number[] = [];
  readonly slotOf = new Map<string, number>();
  readonly ids: (string | undefined)[] = [];
  readonly docLength: number[] = [];
  /** Per slot: (termId, tf) pairs of the passage's distinct terms. */
  readonly forward: (Uint32Array | undefined)[] = [];
  private readonly freeSlots: number[] = [];
  totalLength = 0;

  get size(): number {
    return this.slotOf.size;
  }

  df(termId: number): number {
    return this.dfs[termId] ?? 0;
  }

  /** The live (slot, tf) pairs of a term. */
  postingsOf(termId: number): Uint32Array {
    return this.postings[termId]!.subarray(0, this.dfs[termId]! * 2);
  }

  /** Stores a passage that is not present; returns its slot. */
  addDocument(id: string, terms: readonly string[]): number {
    const counts = new Map<number, number>();
    for (const term of terms) {
      const termId = this.intern(term);
      counts.set(termId, (counts.get(termId) ?? 0) + 1);
    }
    const slot = this.freeSlots.pop() ?? this.ids.length;
    const forward = new Uint32Array(counts.size * 2);
    let i = 0;
    for (const [termId, tf] of counts) {
      forward[i++] = termId;
      forward[i++] = tf;
      this.appendPosting(termId, slot, tf);
    }
    this.ids[slot] = id;
    this.slotOf.set(id, slot);
    this.forward[slot] = forward;
    this.docLength[slot] = terms.length;
    this.totalLength += terms.length;
    return slot;
  }

  /** Removes a passage; returns its former slot and forward list, or undefined if absent. */
  removeDocument(id: string): { slot: number; forward: Uint32Array } | undefined {
    const slot = this.slotOf.get(id);
    if (slot === undefined) return undefined;
    const forward = this.forward[slot]!;
    for (let i = 0; i < forward.length; i += 2) this.removePosting(forward[i]!, slot);
    this.slotOf.delete(id);
    this.ids[slot] = undefined;
    this.forward[slot] = undefined;
    this.totalLength -= this.docLength[slot]!;
    this.docLength[slot] = 0;
    this.freeSlots.push(slot);
    return { slot, forward };
  }

  /** Live slots in ascending order: the order a compacted copy numbers them. */
  liveSlots(): number[] {
    const slots: number[] = [];
    this.ids.forEach((id, slot) => id !== undefined && slots.push(slot));
    return slots;
  }

  /** A compact copy: live passages renumbered 0..n-1 in `liveSlots()` order, unused terms dropped. */
  toArrays(): TermArrays {
    const slots = this.liveSlots();
    const termMap = new Int32Array(this.terms.length).fill(-1);
    const terms: string[] = [];
    this.terms.forEach((term, termId) => {
      if (this.df(termId) > 0) termMap[termId] = terms.push(term) - 1;
    });
    const forwardOffsets = new Uint32Array(slots.length + 1);
    slots.forEach((slot, i) => (forwardOffsets[i + 1] = forwardOffsets[i]! + this.forward[slot]!.length));
    const forward = new Uint32Array(forwardOffsets[slots.length]!);
    slots.forEach((slot, i) => {
      const list = this.forward[slot]!;
      for (let j = 0; j < list.length; j += 2) {
        forward[forwardOffsets[i]! + j] = termMap[list[j]!]!;
        forward[forwardOffsets[i]! + j + 1] = list[j + 1]!;
      }
    });
    const ids = slots.map((slot) => this.ids[slot]!);
    return { terms, ids, docLength: Uint32Array.from(slots, (s) => this.docLength[s]!), forwardOffsets, forward };
  }

  /** Rebuilds the inverted lists from the forward lists: one pass to count, one to fill. */
  static fromArrays(arrays: TermArrays): TermPostings {
    const store = new TermPostings();
    const { terms, ids, docLength, forwardOffsets, forward } = arrays;
    terms.forEach((term, termId) => store.termIds.set(term, termId));
    store.terms.push(...terms);
    const df = new Uint32Array(terms.length);
    for (let i = 0; i < forward.length; i += 2) df[forward[i]!] = df[forward[i]!]! + 1;
    // One shared buffer, filled through a cursor per term; lists are views into it.
    const all = new Uint32Array(forward.length);
    const cursor = new Uint32Array(terms.length);
    let offset = 0;
    for (let termId = 0; termId < terms.length; termId++) {
      cursor[termId] = offset;
      store.postings.push(all.subarray(offset, offset + df[termId]! * 2));
      store.dfs.push(df[termId]!);
      offset += df[termId]! * 2;
    }
    for (let slot = 0; slot < ids.length; slot++) {
      const end = forwardOffsets[slot + 1]!;
      for (let j = forwardOffsets[slot]!; j < end; j += 2) {
        const at = cursor[forward[j]!]!;
        all[at] = slot;
        all[at + 1] = forward[j + 1]!;
        cursor[forward[j]!] = at + 2;
      }
      store.ids.push(ids[slot]!);
      store.slotOf.set(ids[slot]!, slot);
      store.forward.push(forward.subarray(forwardOffsets[slot]!, end));
      store.docLength.push(docLength[slot]!);
      store.totalLength += docLength[slot]!;
    }
    return store;
  }

  private intern(term: string): number {
    let termId = this.termIds.get(term);
    if (termId === undefined) {
      termId = this.terms.push(term) - 1;
      this.termIds.set(term, termId);
      this.postings.push(new Uint32Array(4));
      this.dfs.push(0);
    }
    return termId;
  }

  private appendPosting(termId: number, slot: number, tf: number): void {
    const used = this.dfs[termId]! * 2;
    let list = this.postings[termId]!;
    if (used + 2 > list.length) {
      const grown = new Uint32Array(Math.max(4, list.length * 2));
      grown.set(list.subarray(0, used));
      this.postings[termId] = list = grown;
    }
    list[used] = slot;
    list[used + 1] = tf;
    this.dfs[termId]!++;
  }

  /** Swap-remove: posting order carries no meaning, so the last pair fills the hole. */
  private removePosting(termId: number, slot: number): void {
    const list = this.postings[termId]!;
    const used = this.dfs[termId]! * 2;
    for (let i = 0; i < used; i += 2) {
      if (list[i] !== slot) continue;
      list[i] = list[used - 2]!;
      list[i + 1] = list[used - 1]!;
      this.dfs[termId]!--;
      return;
    }
  }
}

/** The compact, serialisable form of `TermPostings`. */
export interface TermArrays {
  terms: string[];
  ids: string[];
  docLength: Uint32Array;
  forwardOffsets: Uint32Array;
  forward: Uint32Array;
}
