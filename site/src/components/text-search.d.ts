/** Types for text-search.js: search of document text through its index files. */
import type {DocHit} from "./search.js";
/**
 * Documents whose text contains the query, at most `limit` (default 20) with their snippet, and how many documents
 * have every token of the query (`candidates`).
 */
export function searchText(query: string, options?: {limit?: number}): Promise<{docs: DocHit[]; candidates: number; limit: number}>;
