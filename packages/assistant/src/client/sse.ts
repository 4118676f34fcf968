/**
 * A small Server-Sent Events reader over `fetch` (EventSource cannot POST a question nor be
 * stopped by an AbortController). `SseParser` follows the HTML standard's parsing rules (CR, LF or
 * CRLF line ends, `data` lines joined with LF, comments, the leading BOM, an unfinished event
 * dropped at the end); `readSse` feeds it from a response body. No DOM: tested in Node.
 */

export interface SseEvent {
  /** The `event:` field, or `message`. */
  event: string;
  /** The `data:` lines, joined with LF. */
  data: string;
  /** The last `id:` seen, if any. */
  id?: string;
}

export class SseParser {
  #buffer = '';
  #started = false;
  #event = '';
  #data: string[] = [];
  #lastId?: string;

  /** Adds decoded text; returns the events it completed. */
  feed(chunk: string): SseEvent[] {
    if (!this.#started && chunk) {
      this.#started = true;
      if (chunk.startsWith('\uFEFF')) chunk = chunk.slice(1);
    }
    this.#buffer += chunk;
    const events: SseEvent[] = [];
    let start = 0;
    for (let i = 0; i < this.#buffer.length; i++) {
      const ch = this.#buffer[i];
      if (ch !== '\n' && ch !== '\r') continue;
      // A CR at the end of the buffer may be the first half of a CRLF: wait for the next chunk.
      if (ch === '\r' && i === this.#buffer.length - 1) break;
      const event = this.#line(this.#buffer.slice(start, i));
      if (event) events.push(event);
      if (ch === '\r' && this.#buffer[i + 1] === '\n') i++;
      start = i + 1;
    }
    this.#buffer = this.#buffer.slice(start);
    return events;
  }

  /** The stream ended: a line cut by a final CR counts; an event without its blank line is dropped. */
  end(): SseEvent[] {
    const rest = this.#buffer;
    this.#buffer = '';
    const event = rest.endsWith('\r') ? this.#line(rest.slice(0, -1)) : undefined;
    this.#event = '';
    this.#data = [];
    return event ? [event] : [];
  }

  #line(line: string): SseEvent | undefined {
    if (line === '') {
      if (this.#data.length === 0) {
        this.#event = '';
        return undefined;
      }
      const event: SseEvent = { event: this.#event || 'message', data: this.#data.join('\n') };
      if (this.#lastId !== undefined) event.id = this.#lastId;
      this.#event = '';
      this.#data = [];
      return event;
    }
    if (line.startsWith(':')) return undefined;
    const colon = line.indexOf(':');
    const field = colon === -1 ? line : line.slice(0, colon);
    let value = colon === -1 ? '' : line.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    if (field === 'data') this.#data.push(value);
    else if (field === 'event') this.#event = value;
    else if (field === 'id' && !value.includes('\0')) this.#lastId = value;
    return undefined;
  }
}

/**
 * The events of a `text/event-stream` body, as they arrive. Aborting the request's signal ends the
 * iteration with the fetch's AbortError; breaking out of the loop cancels the body.
 */
export async function* readSse(body: ReadableStream<Uint8Array>): AsyncGenerator<SseEvent> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  const parser = new SseParser();
  let finished = false;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      yield* parser.feed(decoder.decode(value, { stream: true }));
    }
    finished = true;
    yield* parser.feed(decoder.decode());
    yield* parser.end();
  } finally {
    if (!finished) await reader.cancel().catch(() => undefined);
    reader.releaseLock();
  }
}
