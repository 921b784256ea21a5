import { TopK } from './top-k.js';

/**
 * Brute-force cosine search over unit-length rows of a row-major matrix: the reference that
 * approximate search is measured against, and fast enough for a few thousand vectors.
 */
export function exactSearch(matrix: Float32Array, dimensions: number, query: ArrayLike<number>, k: number): { row: number; score: number }[] {
  const q = new Float32Array(dimensions);
  let sum = 0;
  for (let j = 0; j < dimensions; j++) sum += query[j]! * query[j]!;
  const norm = Math.sqrt(sum);
  if (norm === 0) return [];
  for (let j = 0; j < dimensions; j++) q[j] = query[j]! / norm;
  const rows = matrix.length / dimensions;
  const top = new TopK(Math.min(Math.floor(k), rows));
  for (let row = 0; row < rows; row++) {
    const offset = row * dimensions;
    let dot = 0;
    for (let j = 0; j < dimensions; j++) dot += q[j]! * matrix[offset + j]!;
    top.push(row, dot);
  }
  return top.sorted().map(({ item, score }) => ({ row: item, score }));
}
