/** An admin's request, in the text sent with files, to add them to the knowledge base. */
export interface UploadRequest {
  /** `add replace`: overwrite a document of the same name. */
  replace: boolean;
}

/**
 * What the text sent with files asks for, the same on every chat platform: a message that
 * starts with the word `add` ("add", "add these two", "add replace") makes the files an upload.
 * Anything else is not one, so a question with a screenshot ("how do I add a column?") is still
 * answered, and "do not replace anything" overwrites nothing.
 */
export function readUploadRequest(text: string): UploadRequest | undefined {
  const match = /^\s*add\b(\s+replace\b)?/i.exec(text);
  return match ? { replace: match[1] !== undefined } : undefined;
}
