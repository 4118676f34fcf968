/** Shared shapes of the knowledge base: pages, their heading-delimited sections, and index chunks. */

/** A page of the knowledge base, as shown to users in citations. */
export interface PageInfo {
  /** Stable short name (file name without extension, or the URL's last path segment). */
  slug: string;
  title: string;
  /** The page that shows this content: a path on the federation site (`/federation/msp.html`) or an absolute URL. */
  url: string;
  /** Date of the last review of the facts (YYYY-MM-DD), when known. */
  updated?: string;
  /** The organisations the facts come from, when known. */
  sources?: string[];
}

/** The text under one heading of a page, as plain text (paragraphs separated by blank lines). */
export interface Section {
  /** The nearest heading (the page title for text before the first heading). */
  heading: string;
  /** Parent headings then this one, for context ("Un exemple : Résomip › Ce que les réseaux peuvent apporter"). */
  path: string[];
  /** Fragment identifier of the heading on the rendered page. */
  anchor: string;
  text: string;
}

/** A page with its sections, as produced by ingestion. */
export interface IngestedPage {
  info: PageInfo;
  sections: Section[];
}

/** One indexed chunk: a section, or a part of a long section. */
export interface ChunkRecord {
  /** Position in the index's chunk list. */
  id: number;
  /** Position of its page in the index's page list. */
  page: number;
  heading: string;
  /** Heading path joined with " › ". */
  context: string;
  anchor: string;
  text: string;
}

/** A curated FAQ entry (see content/faq.json). */
export interface FaqEntry {
  id: string;
  questions: string[];
  answer: string;
  /** Slug of the page holding the same facts. */
  source: string;
}

/** An input that could not be ingested, and why. */
export interface SkippedInput {
  source: string;
  reason: string;
}
