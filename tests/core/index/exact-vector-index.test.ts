import { ExactVectorIndex } from '../../../src/core/index/exact-vector-index.js';
import { describeVectorIndexContract } from './vector-index-contract.js';

describeVectorIndexContract('ExactVectorIndex', (dimensions) => new ExactVectorIndex(dimensions));
