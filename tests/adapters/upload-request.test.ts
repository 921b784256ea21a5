import { describe, expect, it } from 'vitest';
import { readUploadRequest } from '../../src/adapters/upload-request.js';

describe('readUploadRequest', () => {
  it('reads `add` anywhere in the text, and `replace` with it', () => {
    expect(readUploadRequest('add')).toEqual({ replace: false });
    expect(readUploadRequest('please add this to the KB')).toEqual({ replace: false });
    expect(readUploadRequest('Add replace')).toEqual({ replace: true });
  });

  it('is no upload without the word `add`', () => {
    expect(readUploadRequest('')).toBeUndefined();
    expect(readUploadRequest('replace this')).toBeUndefined();
    expect(readUploadRequest('an address list')).toBeUndefined();
  });
});
