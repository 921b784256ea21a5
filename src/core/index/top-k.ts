/**
 * Keeps the k best (item, score) pairs seen, in O(n log k): a binary min-heap on typed arrays,
 * so ranking 100,000 scored passages allocates nothing per candidate. Ties keep the item seen
 * first, which makes rankings deterministic.
 */
export class TopK {
  private readonly items: Int32Array;
  private readonly scores: Float64Array;
  private count = 0;

  constructor(readonly k: number) {
    this.items = new Int32Array(Math.max(k, 1));
    this.scores = new Float64Array(Math.max(k, 1));
  }

  push(item: number, score: number): void {
    if (this.k <= 0) return;
    if (this.count < this.k) {
      this.items[this.count] = item;
      this.scores[this.count] = score;
      this.siftUp(this.count++);
    } else if (score > this.scores[0]!) {
      this.items[0] = item;
      this.scores[0] = score;
      this.siftDown(0);
    }
  }

  /** The kept pairs, best first. */
  sorted(): { item: number; score: number }[] {
    const out: { item: number; score: number }[] = [];
    for (let i = 0; i < this.count; i++) out.push({ item: this.items[i]!, score: this.scores[i]! });
    return out.sort((a, b) => b.score - a.score || a.item - b.item);
  }

  private less(i: number, j: number): boolean {
    const si = this.scores[i]!;
    const sj = this.scores[j]!;
    // Among equal scores the later item counts as worse, so it is evicted first.
    return si < sj || (si === sj && this.items[i]! > this.items[j]!);
  }

  private swap(i: number, j: number): void {
    const item = this.items[i]!;
    const score = this.scores[i]!;
    this.items[i] = this.items[j]!;
    this.scores[i] = this.scores[j]!;
    this.items[j] = item;
    this.scores[j] = score;
  }

  private siftUp(start: number): void {
    let i = start;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.less(i, parent)) break;
      this.swap(i, parent);
      i = parent;
    }
  }

  private siftDown(start: number): void {
    let i = start;
    for (;;) {
      const left = 2 * i + 1;
      if (left >= this.count) break;
      const right = left + 1;
      const child = right < this.count && this.less(right, left) ? right : left;
      if (!this.less(child, i)) break;
      this.swap(i, child);
      i = child;
    }
  }
}
