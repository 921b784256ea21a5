import { exactSearch } from './exact-search.js';
import type { SearchHit, VectorIndex } from './search-index.js';

/**
 * A `VectorIndex` that compares the query with every vector. Exact and simple; fine up to a
 * few thousand passages, and the reference the HNSW index is tested against.
 *
 * @example
 * const index = new ExactVectorIndex(384);
 * index.add('p1', vector);
 * index.search(query, 5);
 */
export class ExactVectorIndex implements VectorIndex {
  private matrix: Float32Array;
  private readonly ids: string[] = [];
  private readonly rowOf = new Map<string, number>();

  constructor(readonly dimensions: number) {
    if (!Number.isInteger(dimensions) || dimensions < 1) throw new RangeError(`need a positive integer dimension (got ${dimensions})`);
    this.matrix = new Float32Array(dimensions * 64);
  }

  get size(): number {
    return this.ids.length;
  }

  has(id: string): boolean {
    return this.rowOf.has(id);
  }

  add(id: string, vector: ArrayLike<number>): void {
    if (vector.length !== this.dimensions) {
      throw new RangeError(`vector for ${id} has ${vector.length} dimensions, the index ${this.dimensions}`);
    }
    const row = this.rowOf.get(id) ?? this.ids.push(id) - 1;
    this.rowOf.set(id, row);
    if ((row + 1) * this.dimensions > this.matrix.length) {
      const grown = new Float32Array(this.matrix.length * 2);
      grown.set(this.matrix);
      this.matrix = grown;
    }
    let sum = 0;
    for (let j = 0; j < this.dimensions; j++) sum += vector[j]! * vector[j]!;
    const scale = sum > 0 ? 1 / Math.sqrt(sum) : 0;
    for (let j = 0; j < this.dimensions; j++) this.matrix[row * this.dimensions + j] = vector[j]! * scale;
  }

  /** Moves the last row into the hole, so the matrix stays dense. */
  remove(id: string): boolean {
    const row = this.rowOf.get(id);
    if (row === undefined) return false;
    const last = this.ids.length - 1;
    const lastId = this.ids[last]!;
    this.matrix.copyWithin(row * this.dimensions, last * this.dimensions, (last + 1) * this.dimensions);
    this.ids[row] = lastId;
    this.rowOf.set(lastId, row);
    this.ids.pop();
    this.rowOf.delete(id);
    return true;
  }

  search(vector: ArrayLike<number>, k: number): SearchHit[] {
    if (vector.length !== this.dimensions) throw new RangeError(`query vector has ${vector.length} dimensions, the index ${this.dimensions}`);
    const rows = this.matrix.subarray(0, this.ids.length * this.dimensions);
    return exactSearch(rows, this.dimensions, vector, k).map(({ row, score }) => ({ id: this.ids[row]!, score }));
  }

  getVector(id: string): number[] | undefined {
    const row = this.rowOf.get(id);
    return row === undefined ? undefined : Array.from(this.matrix.subarray(row * this.dimensions, (row + 1) * this.dimensions));
  }
}
