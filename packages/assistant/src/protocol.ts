/**
 * The chat API's wire format, shared by the server and the browser chat element: request bodies,
 * Server-Sent Events payloads, the JSON answer and error bodies. No Node imports; zod/mini only.
 *
 * POST /api/chat     body ChatRequest → SSE `meta` (MetaEvent), `token` (TokenEvent)…, `done` (DoneEvent)
 *                                        or `error` (ErrorBody); with `Accept: application/json`: ChatResponse.
 * POST /api/feedback body FeedbackRequest → FeedbackResponse.
 * Every 4xx has an ErrorBody.
 */
import * as z from 'zod/mini';

/** Most messages in one request (the conversation so far, the question last). */
export const MAX_MESSAGES = 20;
/** Longest message, in characters. */
export const MAX_MESSAGE_LENGTH = 2000;

export const ANSWER_KINDS = ['answer', 'emergency', 'medical', 'out_of_scope', 'unknown'] as const;
export const LOCALES = ['fr', 'en'] as const;

export const chatMessageSchema = z.object({
  role: z.enum(['user', 'assistant'], { error: 'role must be "user" or "assistant"' }),
  content: z.string({ error: 'content must be a string' }).check(
    z.trim(),
    z.minLength(1, { error: 'content must not be empty' }),
    z.maxLength(MAX_MESSAGE_LENGTH, { error: `content must be at most ${MAX_MESSAGE_LENGTH} characters` }),
  ),
});

export const chatRequestSchema = z
  .object({
    messages: z.array(chatMessageSchema, { error: 'messages must be an array of { role, content }' }).check(
      z.minLength(1, { error: 'messages must hold at least one message' }),
      z.maxLength(MAX_MESSAGES, { error: `messages must hold at most ${MAX_MESSAGES} messages` }),
    ),
    locale: z.optional(z.enum(LOCALES, { error: 'locale must be "fr" or "en"' })),
  }, { error: 'the body must be a JSON object { messages: [{ role, content }], locale? }' })
  .check(
    z.refine((body) => body.messages.at(-1)?.role === 'user', {
      error: 'the last message must have role "user"',
      path: ['messages'],
    }),
  );

export const localeSchema = z.enum(LOCALES);

/**
 * The language of a text the server sends: a BCP 47 tag. Ours sends `fr` or `en`; a client accepts
 * any tag, so that a newer server's language does not make a whole answer unreadable.
 */
export const languageTagSchema = z.string().check(z.regex(/^[a-z]{2,3}(-[a-z0-9]{1,8})*$/i, { error: 'lang must be a language tag' }));

export const citationSchema = z.object({
  n: z.number().check(z.int(), z.positive()),
  title: z.string(),
  url: z.string(),
  /** The language of the page (and of its title). */
  lang: z.optional(languageTagSchema),
});

export const answerKindSchema = z.enum(ANSWER_KINDS);

/**
 * SSE `meta`: sent once, before the text. `lang`: the language the text begins in (the assistant's
 * own sentences are in the visitor's language, what it quotes in the pages' language).
 * `questionLang`: the language of the question, when its words tell (absent for "MSP ?").
 */
export const metaEventSchema = z.object({
  id: z.string(),
  kind: answerKindSchema,
  citations: z.array(citationSchema),
  lang: z.optional(languageTagSchema),
  questionLang: z.optional(languageTagSchema),
});

/**
 * SSE `token`: a piece of the answer's text, in order. `lang`, when the language changes: the
 * language of this piece and of those after it (it then begins a new paragraph).
 */
export const tokenEventSchema = z.object({ text: z.string(), lang: z.optional(languageTagSchema) });

/** SSE `done`: the answer is complete; `citations` are the sources the text actually cites. */
export const doneEventSchema = z.object({
  id: z.string(),
  citations: z.array(citationSchema),
  fallback: z.optional(z.boolean()),
});

/** A stretch of the answer's text in one language. */
export const textPartSchema = z.object({ lang: languageTagSchema, text: z.string() });

/**
 * The answer in one piece (`Accept: application/json`). `lang`: the language of the text, or of
 * its beginning when it has several; `parts`: the text cut where its language changes (joined, they
 * are `text`).
 */
export const chatResponseSchema = z.object({
  id: z.string(),
  kind: answerKindSchema,
  lang: languageTagSchema,
  text: z.string(),
  parts: z.array(textPartSchema),
  citations: z.array(citationSchema),
  questionLang: z.optional(languageTagSchema),
});

export const feedbackRequestSchema = z.object(
  {
  id: z
    .string({ error: 'id must be a string' })
    .check(z.regex(/^[A-Za-z0-9-]{8,64}$/, { error: 'id must be the id of an answer (8 to 64 letters, digits or hyphens)' })),
  useful: z.boolean({ error: 'useful must be true or false' }),
  },
  { error: 'the body must be a JSON object { id, useful }' },
);

export const feedbackResponseSchema = z.object({ recorded: z.literal(true) });

/** Body of every error: a stable code and a sentence for people; `issues` for validation errors. */
export const errorBodySchema = z.object({
  error: z.string(),
  message: z.string(),
  issues: z.optional(z.array(z.object({ path: z.string(), message: z.string() }))),
});

export type ChatMessage = z.infer<typeof chatMessageSchema>;
export type ChatRequest = z.infer<typeof chatRequestSchema>;
export type Locale = z.infer<typeof localeSchema>;
export type Citation = z.infer<typeof citationSchema>;
export type TextPart = z.infer<typeof textPartSchema>;
export type AnswerKind = z.infer<typeof answerKindSchema>;
export type MetaEvent = z.infer<typeof metaEventSchema>;
export type TokenEvent = z.infer<typeof tokenEventSchema>;
export type DoneEvent = z.infer<typeof doneEventSchema>;
export type ChatResponse = z.infer<typeof chatResponseSchema>;
export type FeedbackRequest = z.infer<typeof feedbackRequestSchema>;
export type ErrorBody = z.infer<typeof errorBodySchema>;

/** SSE event names, in the order they arrive (`error` replaces the rest when the server fails). */
export const SSE_EVENTS = ['meta', 'token', 'done', 'error'] as const;
