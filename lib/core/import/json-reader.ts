/**
 * A streaming JSON reader for the importer: @streamparser/json's tokenizer and token parser,
 * fed the file chunk by chunk. Pure.
 *
 * The document is either
 * - a top-level array: each element is yielded (`array: null`, `index` from 0), or
 * - a top-level object: each member whose value is an array yields its elements one by one
 *   (`array: <key>`), and every other member (scalar or object) is yielded whole (`kind: "member"`).
 *   That is the dump's shape (docs/decisions/014-export-format.md):
 *   `{"format":…,"version":1,"users":[…],…,"counts":{…}}`.
 *
 * Only one element is held at a time. The library reads the characters (strings, escapes,
 * numbers, UTF-8) and builds each element from its tokens; the structure around the elements
 * (brackets, commas, keys) is followed here, token by token, so that a problem is named in a
 * spreadsheet user's words, with its line (LF, CRLF and a lone CR each end a line). An element
 * nested deeper than MAX_JSON_DEPTH is refused (a 100,000-deep one once crashed the import).
 */

import { TokenParser, TokenParserError, Tokenizer, TokenizerError, TokenType } from "@streamparser/json";
import { ImportFileError } from "./types";

export type JsonItem =
  | { kind: "element"; array: string | null; index: number; line: number; lastLine: number; value: unknown }
  | { kind: "member"; key: string; line: number; value: unknown };

/** An element (or member) larger than this, in bytes, is refused rather than buffered. */
export const MAX_JSON_ELEMENT_BYTES = 16 * 1024 * 1024;

/** How deep brackets may nest inside one element: a record is flat fields, lists and small objects. */
export const MAX_JSON_DEPTH = 64;

export const NOT_ARRAY_OR_OBJECT_MESSAGE = "the file must hold a JSON array of records or an object";

// Where the reader is between tokens (constants rather than an enum: isolatedModules).
/** Before the document: [ or {. */
const BEGIN = 0;
/** Just after [: an element or ]. */
const ARRAY_FIRST = 1;
/** Just after a comma in an array: an element. */
const ARRAY_NEXT = 2;
/** After an element: a comma or ]. */
const ARRAY_AFTER = 3;
/** Just after the top-level {: a key or }. */
const OBJECT_FIRST = 4;
/** Just after a comma in the object: a key. */
const OBJECT_NEXT = 5;
/** After a key: a colon. */
const OBJECT_COLON = 6;
/** After the colon: the member's value ([ to read its elements one by one). */
const OBJECT_VALUE = 7;
/** After a member: a comma or }. */
const OBJECT_AFTER = 8;
/** Inside an element or a member's value. */
const IN_VALUE = 9;
/** After the document: nothing. */
const DONE = 10;

type Token = { token: TokenType; value?: unknown; offset: number };

/** Reads the elements and members of a JSON document from text chunks (see the module comment). */
export async function* readJson(chunks: AsyncIterable<string>): AsyncGenerator<JsonItem> {
  const reader = new JsonReader();
  // The items read before an error come out first.
  const read = function* (step: () => void) {
    let failure: unknown = null;
    try {
      step();
    } catch (error) {
      failure = error;
    }
    yield* reader.take();
    if (failure) throw failure;
  };
  for await (const chunk of chunks) yield* read(() => reader.write(chunk));
  yield* read(() => reader.end());
}

class JsonReader {
  private readonly tokenizer = new Tokenizer();
  private readonly lines = new ByteLines();
  private readonly encoder = new TextEncoder();
  private items: JsonItem[] = [];
  private started = false;

  private state = BEGIN;
  private topIsObject = false;
  /** The member whose array is being read; null for a top-level array. */
  private arrayKey: string | null = null;
  private index = 0;
  private key = "";

  // The value being read: the library builds it; the brackets are counted here for the depth.
  private parser: TokenParser | null = null;
  private isMember = false;
  private valueNext = ARRAY_AFTER;
  private valueLine = 1;
  private valueOffset = 0;
  /** The closing bracket each open bracket expects, innermost last. */
  private closers: TokenType[] = [];
  /** The line of the token being read. */
  private tokenLine = 1;

  constructor() {
    this.tokenizer.onToken = (token) => this.token(token);
  }

  take(): JsonItem[] {
    const items = this.items;
    this.items = [];
    return items;
  }

  write(text: string): void {
    if (!this.started && text.length > 0) {
      this.started = true;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    const bytes = this.encoder.encode(text);
    this.lines.add(bytes);
    try {
      this.tokenizer.write(bytes);
    } catch (error) {
      throw this.fileError(error);
    }
    // A value that never ends (a bracket or a quote never closed) is refused before it fills memory.
    if (this.state === IN_VALUE) this.checkSize(this.lines.bytes);
  }

  /** The end of the text: the document must be complete. */
  end(): void {
    try {
      // Emits a number left at the very end.
      this.tokenizer.end();
    } catch (error) {
      throw this.fileError(error);
    }
    if (this.state === DONE) return;
    if (this.state === BEGIN) throw new ImportFileError(`the file is empty: ${NOT_ARRAY_OR_OBJECT_MESSAGE}`, null);
    const what =
      this.state === IN_VALUE
        ? `in the middle of ${this.valueName()}, which starts on line ${this.valueLine}`
        : this.topIsObject
          ? "before the JSON object is closed with }"
          : "before the JSON array is closed with ]";
    throw new ImportFileError(`the file ends ${what}: it may be cut short`, this.lines.lastLine);
  }

  private token(t: Token): void {
    const line = this.lines.lineAt(t.offset);
    const { token } = t;
    switch (this.state) {
      case IN_VALUE:
        return this.valueToken(t, line);
      case BEGIN:
        if (token === TokenType.LEFT_BRACKET) {
          this.arrayKey = null;
          this.index = 0;
          this.state = ARRAY_FIRST;
        } else if (token === TokenType.LEFT_BRACE) {
          this.topIsObject = true;
          this.state = OBJECT_FIRST;
        } else {
          throw this.unexpected(describe(t), line);
        }
        return;
      case ARRAY_FIRST:
      case ARRAY_NEXT:
        if (token === TokenType.RIGHT_BRACKET) {
          if (this.state === ARRAY_NEXT) throw new ImportFileError("a comma is followed by ]: remove the comma after the last record", line);
          this.state = this.topIsObject ? OBJECT_AFTER : DONE;
          return;
        }
        return this.startValue(false, ARRAY_AFTER, t, line);
      case ARRAY_AFTER:
        if (token === TokenType.COMMA) this.state = ARRAY_NEXT;
        else if (token === TokenType.RIGHT_BRACKET) this.state = this.topIsObject ? OBJECT_AFTER : DONE;
        else throw this.unexpected(describe(t), line);
        return;
      case OBJECT_FIRST:
      case OBJECT_NEXT:
        if (token === TokenType.STRING) {
          this.key = t.value as string;
          this.state = OBJECT_COLON;
        } else if (token === TokenType.RIGHT_BRACE && this.state === OBJECT_FIRST) {
          this.state = DONE;
        } else if (token === TokenType.RIGHT_BRACE) {
          throw new ImportFileError("a comma is followed by }: remove the comma after the last member", line);
        } else {
          throw this.unexpected(describe(t), line);
        }
        return;
      case OBJECT_COLON:
        if (token !== TokenType.COLON) throw this.unexpected(describe(t), line);
        this.state = OBJECT_VALUE;
        return;
      case OBJECT_VALUE:
        if (token === TokenType.LEFT_BRACKET) {
          this.arrayKey = this.key;
          this.index = 0;
          this.state = ARRAY_FIRST;
          return;
        }
        return this.startValue(true, OBJECT_AFTER, t, line);
      case OBJECT_AFTER:
        if (token === TokenType.COMMA) this.state = OBJECT_NEXT;
        else if (token === TokenType.RIGHT_BRACE) this.state = DONE;
        else throw this.unexpected(describe(t), line);
        return;
      case DONE:
        throw this.unexpected(describe(t), line);
    }
  }

  private startValue(isMember: boolean, next: number, t: Token, line: number): void {
    this.state = IN_VALUE;
    this.isMember = isMember;
    this.valueNext = next;
    this.valueLine = line;
    this.valueOffset = t.offset;
    this.closers = [];
    const parser = new TokenParser({ paths: ["$"] });
    parser.onValue = ({ value }) => this.finishValue(value);
    this.parser = parser;
    this.valueToken(t, line);
  }

  private valueToken(t: Token, line: number): void {
    const { token } = t;
    if (token === TokenType.LEFT_BRACE || token === TokenType.LEFT_BRACKET) {
      if (this.closers.length === MAX_JSON_DEPTH) {
        throw new ImportFileError(`${this.valueName()} is nested more than ${MAX_JSON_DEPTH} levels deep: a record holds fields, lists and small objects`, line);
      }
      this.closers.push(token === TokenType.LEFT_BRACE ? TokenType.RIGHT_BRACE : TokenType.RIGHT_BRACKET);
    } else if (token === TokenType.RIGHT_BRACE || token === TokenType.RIGHT_BRACKET) {
      const expected = this.closers.pop();
      if (expected !== token) {
        const found = token === TokenType.RIGHT_BRACE ? "}" : "]";
        throw new ImportFileError(
          expected === undefined ? `an unexpected ${found}` : `${found} closes a ${expected === TokenType.RIGHT_BRACE ? "{" : "["}: a ${expected === TokenType.RIGHT_BRACE ? "}" : "]"} is missing`,
          line,
        );
      }
    }
    this.checkSize(t.offset);
    this.tokenLine = line;
    try {
      this.parser!.write(t as Parameters<TokenParser["write"]>[0]);
    } catch (error) {
      if (!(error instanceof TokenParserError)) throw error;
      throw this.unexpected(describe(t), line);
    }
  }

  /** The library has built the whole value: the token being read is its last. */
  private finishValue(value: unknown): void {
    const lastLine = this.tokenLine;
    this.parser = null;
    if (this.isMember) {
      this.items.push({ kind: "member", key: this.key, line: this.valueLine, value });
    } else {
      this.items.push({ kind: "element", array: this.arrayKey, index: this.index, line: this.valueLine, lastLine, value });
      this.index++;
    }
    this.state = this.valueNext;
  }

  private checkSize(offset: number): void {
    if (offset - this.valueOffset > MAX_JSON_ELEMENT_BYTES) {
      throw new ImportFileError(`${this.valueName()}, starting on line ${this.valueLine}, is larger than 16 MB`, this.valueLine);
    }
  }

  /** "record 3 of users", "record 3" (1-based for people), or the member's name. */
  private valueName(): string {
    return this.isMember ? `"${this.key}"` : this.elementName(this.index);
  }

  private elementName(index: number): string {
    return this.arrayKey === null ? `record ${index + 1}` : `record ${index + 1} of "${this.arrayKey}"`;
  }

  /** The library's refusal of the characters, said where the reader is. */
  private fileError(error: unknown): unknown {
    if (error instanceof ImportFileError || !(error instanceof TokenizerError)) return error;
    // "Unexpected "x" at chunk position "i" (absolute position "n") in state S"
    const match = /^Unexpected "([\s\S])" at .*absolute position "(\d+)"\) in state (\w+)/.exec(error.message);
    if (!match) {
      // The end of the text inside a token.
      if (/STRING/.test(error.message)) return new ImportFileError(`a string (") opened on line ${this.lines.lastLine} is never closed`, this.lines.lastLine);
      return new ImportFileError(`the file ends in the middle of ${this.state === IN_VALUE ? this.valueName() : "a value"}: it may be cut short`, this.lines.lastLine);
    }
    const [, char, position, state] = match as unknown as [string, string, string, string];
    const line = this.lines.lineAt(Number(position));
    const found = JSON.stringify(char);
    if (state.startsWith("STRING") && char < " ") {
      if (char === "\n" || char === "\r") return new ImportFileError(`a string (") opened on line ${line} is not closed before the end of the line`, line);
      const code = char.charCodeAt(0);
      return new ImportFileError(`a string holds a control character (code ${code}): write it as an escape such as \\t or \\u00${code.toString(16).padStart(2, "0")}`, line);
    }
    return this.unexpected(found, line);
  }

  /** What `found` (a character, quoted) is missing or wrong for, where the reader is. */
  private unexpected(found: string, line: number): ImportFileError {
    const message = (() => {
      switch (this.state) {
        case BEGIN:
          return `${NOT_ARRAY_OR_OBJECT_MESSAGE}; it starts with ${found}`;
        case ARRAY_AFTER:
          return `a comma or ] is missing after ${this.elementName(this.index - 1)}: found ${found}`;
        case OBJECT_FIRST:
        case OBJECT_NEXT:
          return `expected a member name in quotes, found ${found}`;
        case OBJECT_COLON:
          return `a colon (:) is missing after "${this.key}": found ${found}`;
        case OBJECT_AFTER:
          return `a comma or } is missing after "${this.key}": found ${found}`;
        case DONE:
          return `there is text after the end of the JSON document: ${found}`;
        default: {
          const where = this.state === IN_VALUE ? this.valueName() : this.state === OBJECT_VALUE ? `"${this.key}"` : this.elementName(this.index);
          return `${where} is not valid JSON: ${found} is not expected there`;
        }
      }
    })();
    return new ImportFileError(message, line);
  }
}

/** A token (or a character), for a message: its first character, so it reads the same however the chunks were cut. */
function describe(t: Token): string {
  const first =
    t.token === TokenType.STRING ? '"'
    : t.token === TokenType.TRUE ? "t"
    : t.token === TokenType.FALSE ? "f"
    : t.token === TokenType.NULL ? "n"
    : t.token === TokenType.NUMBER ? String(t.value)[0]!
    : "{}[]:,"[[TokenType.LEFT_BRACE, TokenType.RIGHT_BRACE, TokenType.LEFT_BRACKET, TokenType.RIGHT_BRACKET, TokenType.COLON, TokenType.COMMA].indexOf(t.token)]!;
  return JSON.stringify(first);
}

const CR = 0x0d;
const LF = 0x0a;

/**
 * Lines of byte offsets (the tokenizer's offsets are in UTF-8 bytes), for the chunk being read. A
 * token that began in an earlier chunk is a string or a number, which holds no line break: it is
 * on the line the chunk starts on.
 */
class ByteLines {
  /** Bytes before the current chunk. */
  private start = 0;
  /** Line breaks before the current chunk. */
  private before = 0;
  /** Offsets of the line breaks in the current chunk (a CRLF counts once, at its CR). */
  private breaks: number[] = [];
  private lastWasCR = false;
  /** Bytes read so far. */
  bytes = 0;

  add(chunk: Uint8Array): void {
    this.before += this.breaks.length;
    this.start = this.bytes;
    this.breaks = [];
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk[i];
      if (c === CR || (c === LF && !(i === 0 ? this.lastWasCR : chunk[i - 1] === CR))) this.breaks.push(this.start + i);
    }
    if (chunk.length > 0) this.lastWasCR = chunk[chunk.length - 1] === CR;
    this.bytes += chunk.length;
  }

  lineAt(offset: number): number {
    if (offset < this.start) return this.before + 1;
    let low = 0;
    let high = this.breaks.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (this.breaks[mid]! < offset) low = mid + 1;
      else high = mid;
    }
    return this.before + low + 1;
  }

  /** The line the end of the text is on. */
  get lastLine(): number {
    return this.before + this.breaks.length + 1;
  }
}
