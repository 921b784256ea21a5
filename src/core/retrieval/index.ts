export { retrieve, RETRIEVE_DEFAULTS, OFFLINE_FUSION_WEIGHTS, NEURAL_FUSION_WEIGHTS } from './retrieve.js';
export type { FusionWeights, PassageEvidence, RetrievedPassage, RetrieveOptions } from './retrieve.js';
export { searchSnapshot } from './search-snapshot.js';
export type { SearchableSnapshot, SearchSnapshotOptions, SnapshotHit } from './search-snapshot.js';
export { fuseRankings } from './fuse-rankings.js';
export type { FuseOptions, FusionMethod, ScoreChannel } from './fuse-rankings.js';
export { diversify, paragraphKey, DIVERSIFY_DEFAULTS } from './diversify.js';
export type { DiversifyOptions, DiversifySources } from './diversify.js';
export { mentionsPhrase } from './mentions-phrase.js';
