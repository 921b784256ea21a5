/** An admin's request, in the text sent with files, to add them to the knowledge base. */
export interface UploadRequest {
  /** `add replace`: overwrite a document of the same name. */
  replace: boolean;
}

/**
 * What the text sent with files asks for, the same on every platform: the word `add` ("add",
 * "please add this", "add replace") makes the files an upload; without it they are not one.
 * Text sent without files is never an upload: "add more detail on the verdict?" is a question.
 */
export function readUploadRequest(text: string): UploadRequest | undefined {
  if (!/\badd\b/i.test(text)) return undefined;
  return { replace: /\breplace\b/i.test(text) };
}
