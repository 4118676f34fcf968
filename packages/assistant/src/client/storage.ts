/**
 * The conversation kept in `sessionStorage` (this tab only, erased when it closes): written only
 * once the panel has been opened and a question asked, never when persistence is off, erased by
 * "Effacer la conversation". Reads are validated: a stored value that is not ours is ignored.
 * No DOM besides the Storage interface: tested in Node with a stand-in.
 */
import * as z from 'zod/mini';
import { answerKindSchema, citationSchema, languageTagSchema } from '../protocol.js';

/** Most turns kept (older ones are dropped first). */
export const MAX_STORED_TURNS = 40;

const storedTurnSchema = z.object({
  role: z.enum(['user', 'assistant']),
  text: z.string(),
  /** A question's language, as the server recognised it. */
  lang: z.optional(languageTagSchema),
  id: z.optional(z.string()),
  kind: z.optional(answerKindSchema),
  citations: z.optional(z.array(citationSchema)),
  langs: z.optional(z.array(z.object({ at: z.number().check(z.int(), z.nonnegative()), lang: languageTagSchema }))),
  state: z.optional(z.enum(['done', 'stopped', 'failed'])),
  useful: z.optional(z.boolean()),
}).check(
  // Where the languages change: in order, within the text (or the text would be shown twice).
  z.refine((turn) => (turn.langs ?? []).every(({ at }, i, all) => at <= turn.text.length && (i === 0 || at > all[i - 1]!.at))),
);

const storedSchema = z.object({ v: z.literal(1), turns: z.array(storedTurnSchema) });

export type StoredTurn = z.infer<typeof storedTurnSchema>;

/** The key for one assistant endpoint. */
export const storageKey = (endpoint: string): string => `msp-assistant:${endpoint}`;

/** `sessionStorage`, or `undefined` when the browser refuses it (disabled, sandboxed frame). */
export function sessionStore(): Storage | undefined {
  try {
    return globalThis.sessionStorage;
  } catch {
    return undefined;
  }
}

/** The stored conversation, or an empty one when there is none or it cannot be read. */
export function loadConversation(storage: Storage | undefined, key: string): StoredTurn[] {
  try {
    const raw = storage?.getItem(key);
    if (!raw) return [];
    const parsed = storedSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data.turns : [];
  } catch {
    return [];
  }
}

/** Stores the conversation (the last turns); an empty one removes the key. False when storage refused. */
export function saveConversation(storage: Storage | undefined, key: string, turns: readonly StoredTurn[]): boolean {
  if (!storage) return false;
  try {
    if (turns.length === 0) storage.removeItem(key);
    else storage.setItem(key, JSON.stringify({ v: 1, turns: turns.slice(-MAX_STORED_TURNS) }));
    return true;
  } catch {
    // Full or refused: the conversation stays in the page only.
    return false;
  }
}

/** Erases the stored conversation. */
export function clearConversation(storage: Storage | undefined, key: string): void {
  try {
    storage?.removeItem(key);
  } catch {
    // Nothing stored then.
  }
}
