import { UploadRejectedError } from '../errors.js';

/**
 * Reads an HTTP response body, giving up as soon as it passes `maxBytes`: a platform's declared
 * file size is not trusted, and an oversized upload is never buffered whole.
 * @throws UploadRejectedError (`too_large`) past the limit.
 */
export async function readLimitedBody(response: Response, fileName: string, maxBytes: number): Promise<Uint8Array> {
  if (!response.body) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of response.body) {
    total += chunk.byteLength;
    if (total > maxBytes) throw new UploadRejectedError(fileName, 'too_large', `more than ${maxBytes} bytes`);
    chunks.push(chunk);
  }
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return bytes;
}
