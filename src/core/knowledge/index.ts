/**
 * The knowledge stage: find the files in the knowledge folder, read each of the five formats into
 * blocks with metadata, and split blocks into citable passages.
 *
 * Format readers, the Markdown scanner and the line heuristics stay internal: callers go through
 * `loadDocument`, which picks the reader by extension and wraps every parser failure.
 */
export { listKnowledgeFiles } from './list-knowledge-files.js';
export { loadDocument } from './load-document.js';
export type { LoadOptions } from './load-document.js';
export { splitDocument } from './split-text.js';
export { isCitable } from './is-citable.js';
export { findTopic, loadSummaryTopics } from './summary-topics.js';
export { NAMES_FILE, TEAM_FILES, TOPICS_FILE } from './team-files.js';
export { compileTeamNames, listedIn, loadTeamNames, loadTeamSynonyms } from './team-names.js';
export type { TeamName, TeamNames } from './team-names.js';
export type { SummaryTopic } from './summary-topics.js';
export { saveUpload, sanitizeFileName } from './save-upload.js';
export type { SaveUploadOptions } from './save-upload.js';
export type { SplitOptions } from './split-text.js';
export type { KnowledgeFile } from './knowledge-file.js';
export { SUPPORTED_EXTENSIONS } from './document.js';
export { isSupported } from './file-types.js';
export type { Block, DocumentMeta, LoadedDocument, Passage, PassageMetadata, SupportedExtension } from './document.js';
export { readUploadRequest } from './upload-request.js';
export type { UploadRequest } from './upload-request.js';
