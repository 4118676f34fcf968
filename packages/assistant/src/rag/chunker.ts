/**
 * Heading-aware chunks as LangChain documents: one per section, long sections cut further at
 * paragraphs then sentences by `RecursiveCharacterTextSplitter`, so that every chunk keeps its page
 * title, URL and heading.
 */
import { Document } from '@langchain/core/documents';
import { RecursiveCharacterTextSplitter } from '@langchain/textsplitters';
import type { IngestedPage } from './types.js';

export interface ChunkMetadata {
  slug: string;
  title: string;
  url: string;
  heading: string;
  /** Heading path joined with " › ". */
  context: string;
  anchor: string;
}

export interface ChunkOptions {
  /** Sections longer than this (characters) are cut (default 1,200). */
  maxChars?: number;
}

export async function chunkPages(pages: readonly IngestedPage[], options: ChunkOptions = {}): Promise<Document<ChunkMetadata>[]> {
  const maxChars = options.maxChars ?? 1200;
  const splitter = new RecursiveCharacterTextSplitter({
    chunkSize: Math.round(maxChars * 0.8),
    chunkOverlap: 0,
    separators: ['\n\n', '\n', '. ', ' ; ', ' '],
    keepSeparator: true,
  });
  const docs: Document<ChunkMetadata>[] = [];
  for (const page of pages) {
    for (const section of page.sections) {
      const metadata: ChunkMetadata = {
        slug: page.info.slug,
        title: page.info.title,
        url: page.info.url,
        heading: section.heading,
        context: section.path.join(' › '),
        anchor: section.anchor,
      };
      const parts = section.text.length > maxChars ? endSentences(await splitter.splitText(section.text)) : [section.text];
      for (const part of parts) {
        const text = part.trim();
        if (text) docs.push(new Document<ChunkMetadata>({ pageContent: text, metadata: { ...metadata } }));
      }
    }
  }
  return docs;
}

/**
 * The splitter keeps a separator at the start of the next chunk (". La suite"); the full stop or
 * semicolon (with its French space) belongs to the clause it ends, so it goes back to the previous chunk.
 */
function endSentences(parts: readonly string[]): string[] {
  const out: string[] = [];
  for (const part of parts) {
    const lead = out.length ? /^\s*[.;]/.exec(part) : null;
    if (lead) {
      // The splitter trims its chunks: the semicolon gets back the space its separator " ; " had.
      out[out.length - 1] += lead[0].trim() === ';' ? ' ;' : '.';
      out.push(part.slice(lead[0].length));
    } else out.push(part);
  }
  return out;
}
