/** Loading an index (file, or built from content folders) and creating the assistant. */
import { readFile } from 'node:fs/promises';
import { Assistant, type AssistantOptions } from './rag/assistant.js';
import { buildIndex, DEFAULT_CONTENT_DIR } from './rag/ingest.js';
import { KnowledgeIndex } from './rag/knowledge-index.js';

export interface LoadOptions extends Omit<AssistantOptions, 'index'> {
  /** An index file written by `msp-assistant ingest --out`. */
  indexFile?: string;
  /** Content folders or files to index at start (default: the package's content/). Ignored with `indexFile`. */
  inputs?: readonly string[];
}

/** Reads an index file, with a clear error when it is missing or not an index. */
export async function readIndexFile(path: string): Promise<KnowledgeIndex> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new Error(`cannot read the index file ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, { cause: error });
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new Error(`${path} is not JSON: build an index with "msp-assistant ingest <folder|url> --out ${path}"`, { cause: error });
  }
  try {
    return KnowledgeIndex.fromJSON(data);
  } catch (error) {
    throw new Error(`${path}: ${(error as Error).message}`, { cause: error });
  }
}

/** The index from a file, or built from content folders (default: the package's own content). */
export async function loadIndex(options: Pick<LoadOptions, 'indexFile' | 'inputs'> = {}): Promise<KnowledgeIndex> {
  if (options.indexFile) return readIndexFile(options.indexFile);
  const inputs = options.inputs?.length ? options.inputs : [DEFAULT_CONTENT_DIR];
  const { index, result } = await buildIndex(inputs);
  if (index.pages.length === 0) {
    const why = result.skipped.map((s) => `${s.source}: ${s.reason}`).join('; ');
    throw new Error(`no page to index in ${inputs.join(', ')}${why ? ` (${why})` : ''}`);
  }
  return index;
}

/** Loads the index and creates the assistant (embeddings computed when configured). */
export async function createAssistant(options: LoadOptions = {}): Promise<Assistant> {
  const { indexFile, inputs, ...rest } = options;
  const index = await loadIndex({ ...(indexFile ? { indexFile } : {}), ...(inputs ? { inputs } : {}) });
  const assistant = new Assistant({ index, ...rest });
  await assistant.prepare();
  return assistant;
}
