import { describe, expect, it } from 'vitest';
import { readUploadRequest } from '../../../src/core/knowledge/upload-request.js';

describe('readUploadRequest', () => {
  it('reads a message that starts with `add`, and `replace` right after it', () => {
    expect(readUploadRequest('add')).toEqual({ replace: false });
    expect(readUploadRequest('add these two, thanks')).toEqual({ replace: false });
    expect(readUploadRequest(' Add replace')).toEqual({ replace: true });
  });

  it('is no upload otherwise: a question sent with a screenshot is still a question', () => {
    expect(readUploadRequest('')).toBeUndefined();
    expect(readUploadRequest('how do I add a column?')).toBeUndefined();
    expect(readUploadRequest('replace this')).toBeUndefined();
    expect(readUploadRequest('address list')).toBeUndefined();
  });

  it('overwrites only when asked with `add replace`', () => {
    expect(readUploadRequest('add this, do not replace anything')).toEqual({ replace: false });
  });
});
