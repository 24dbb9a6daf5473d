/**
 * A streaming JSON reader for the importer. Pure.
 *
 * The document is either
 * - a top-level array: each element is yielded (`array: null`, `index` from 0), or
 * - a top-level object: each member whose value is an array yields its elements one by one
 *   (`array: <key>`), and every other member (scalar or object) is yielded whole (`kind: "member"`).
 *   That is the dump's shape (docs/decisions/014-export-format.md):
 *   `{"format":…,"version":1,"users":[…],…,"counts":{…}}`.
 *
 * Only one element is held at a time: the text is scanned tracking strings, escapes and nesting,
 * each element's text is sliced out and given to JSON.parse (which checks it). The structure around
 * the elements (brackets, commas, keys) is checked here. Text may be cut into chunks anywhere.
 * Malformed JSON throws ImportFileError with its line (LF, CRLF and a lone CR each end a line).
 */

import { ImportFileError } from "./types";

export type JsonItem =
  | { kind: "element"; array: string | null; index: number; line: number; lastLine: number; value: unknown }
  | { kind: "member"; key: string; line: number; value: unknown };

/** An element (or member) larger than this, in characters, is refused rather than buffered. */
export const MAX_JSON_ELEMENT_CHARS = 16 * 1024 * 1024;

export const NOT_ARRAY_OR_OBJECT_MESSAGE = "the file must hold a JSON array of records or an object";

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const COLON = 0x3a;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const SPACE = 0x20;
const TAB = 0x09;
const CR = 0x0d;
const LF = 0x0a;
const BOM = 0xfeff;

// Where the reader is between values (constants rather than an enum: isolatedModules).
/** Before the document: a BOM and whitespace, then [ or {. */
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
/** Inside a value (an element, a member's value or a key). */
const IN_VALUE = 9;
/** After the document: only whitespace. */
const DONE = 10;

// What a value being read is.
const VALUE_ELEMENT = 0;
const VALUE_MEMBER = 1;
const VALUE_KEY = 2;

/** Reads the elements and members of a JSON document from text chunks (see the module comment). */
export async function* readJson(chunks: AsyncIterable<string>): AsyncGenerator<JsonItem> {
  const parser = new JsonParser();
  for await (const chunk of chunks) {
    const items = parser.push(chunk);
    for (let k = 0; k < items.length; k++) yield items[k]!;
  }
  parser.end();
}

class JsonParser {
  private state = BEGIN;
  /** The line the next character is on. */
  private line = 1;
  private previousChar = -1;
  private started = false;

  /** Whether the document is an object (its arrays are read element by element). */
  private topIsObject = false;
  /** The member whose array is being read; null for a top-level array. */
  private arrayKey: string | null = null;
  private index = 0;
  private key = "";

  // The value being read.
  private valueKind = VALUE_ELEMENT;
  /** Where to go once the value is read. */
  private valueNext = ARRAY_AFTER;
  private valueLine = 1;
  /** Its text from earlier chunks. */
  private valueParts: string[] = [];
  private valueCharsBefore = 0;
  /** The closing bracket each open bracket expects, innermost last; empty for a string or a scalar. */
  private closers: number[] = [];
  private isString = false;
  private isScalar = false;
  private inString = false;
  private escaped = false;
  /** The line a string opened on, for the message when it never closes. */
  private stringLine = 1;

  push(text: string): JsonItem[] {
    const out: JsonItem[] = [];
    const n = text.length;
    if (n === 0) return out;
    let i = 0;
    if (!this.started) {
      this.started = true;
      if (text.charCodeAt(0) === BOM) i = 1;
    }
    let valueStart = i;

    while (i < n) {
      if (this.state === IN_VALUE) {
        const end = this.scanValue(text, i);
        if (end === -1) {
          i = n;
          break;
        }
        this.finishValue(out, text, valueStart, end);
        i = end;
        continue;
      }

      const c = text.charCodeAt(i);
      if (c === SPACE || c === LF || c === CR || c === TAB) {
        if (c !== SPACE && c !== TAB) this.countBreak(text, i, c);
        i++;
        continue;
      }

      switch (this.state) {
        case BEGIN:
          if (c === OPEN_BRACKET) {
            this.arrayKey = null;
            this.index = 0;
            this.state = ARRAY_FIRST;
          } else if (c === OPEN_BRACE) {
            this.topIsObject = true;
            this.state = OBJECT_FIRST;
          } else {
            throw this.error(`${NOT_ARRAY_OR_OBJECT_MESSAGE}; it starts with ${describe(text, i)}`);
          }
          i++;
          continue;
        case ARRAY_FIRST:
        case ARRAY_NEXT:
          if (c === CLOSE_BRACKET) {
            if (this.state === ARRAY_NEXT) throw this.error("a comma is followed by ]: remove the comma after the last record");
            this.closeArray();
            i++;
            continue;
          }
          this.startValue(VALUE_ELEMENT, ARRAY_AFTER, text, i);
          valueStart = i;
          continue;
        case ARRAY_AFTER:
          if (c === COMMA) {
            this.state = ARRAY_NEXT;
          } else if (c === CLOSE_BRACKET) {
            this.closeArray();
          } else {
            throw this.error(`a comma or ] is missing after ${this.elementName(this.index - 1)}: found ${describe(text, i)}`);
          }
          i++;
          continue;
        case OBJECT_FIRST:
        case OBJECT_NEXT:
          if (c === QUOTE) {
            this.startValue(VALUE_KEY, OBJECT_COLON, text, i);
            valueStart = i;
            continue;
          }
          if (c === CLOSE_BRACE && this.state === OBJECT_FIRST) {
            this.state = DONE;
            i++;
            continue;
          }
          throw this.error(
            c === CLOSE_BRACE
              ? "a comma is followed by }: remove the comma after the last member"
              : `expected a member name in quotes, found ${describe(text, i)}`,
          );
        case OBJECT_COLON:
          if (c !== COLON) throw this.error(`a colon (:) is missing after "${this.key}": found ${describe(text, i)}`);
          this.state = OBJECT_VALUE;
          i++;
          continue;
        case OBJECT_VALUE:
          if (c === OPEN_BRACKET) {
            this.arrayKey = this.key;
            this.index = 0;
            this.state = ARRAY_FIRST;
            i++;
            continue;
          }
          this.startValue(VALUE_MEMBER, OBJECT_AFTER, text, i);
          valueStart = i;
          continue;
        case OBJECT_AFTER:
          if (c === COMMA) {
            this.state = OBJECT_NEXT;
          } else if (c === CLOSE_BRACE) {
            this.state = DONE;
          } else {
            throw this.error(`a comma or } is missing after "${this.key}": found ${describe(text, i)}`);
          }
          i++;
          continue;
        case DONE:
          throw this.error(`there is text after the end of the JSON document: ${describe(text, i)}`);
      }
    }

    if (this.state === IN_VALUE) {
      // The chunk ends inside a value: keep its text so far.
      if (valueStart < n) this.valueParts.push(text.slice(valueStart, n));
      this.valueCharsBefore += n - valueStart;
      this.checkSize(this.valueCharsBefore);
    }
    this.previousChar = text.charCodeAt(n - 1);
    return out;
  }

  /** The end of the text: the document must be complete. */
  end(): void {
    if (this.state === IN_VALUE && this.isScalar) {
      // A number or literal at the very end: complete, but the brackets around it are not closed.
      this.state = this.valueNext;
    }
    if (this.state === DONE) return;
    if (this.state === BEGIN) throw new ImportFileError(`the file is empty: ${NOT_ARRAY_OR_OBJECT_MESSAGE}`, null);
    if (this.state === IN_VALUE && this.inString) {
      throw new ImportFileError(`a string (") opened on line ${this.stringLine} is never closed`, this.stringLine);
    }
    const what =
      this.state === IN_VALUE
        ? `in the middle of ${this.valueKind === VALUE_ELEMENT ? this.elementName(this.index) : `"${this.key}"`}, which starts on line ${this.valueLine}`
        : this.topIsObject
          ? "before the JSON object is closed with }"
          : "before the JSON array is closed with ]";
    throw new ImportFileError(`the file ends ${what}: it may be cut short`, this.line);
  }

  private startValue(kind: number, next: number, text: string, i: number): void {
    this.state = IN_VALUE;
    this.valueKind = kind;
    this.valueNext = next;
    this.valueLine = this.line;
    this.valueParts = [];
    this.valueCharsBefore = 0;
    this.closers = [];
    this.inString = false;
    this.escaped = false;
    const c = text.charCodeAt(i);
    this.isString = c === QUOTE;
    this.isScalar = !this.isString && c !== OPEN_BRACE && c !== OPEN_BRACKET;
  }

  /**
   * Scans a value from `text[i]`: the index just after its end, or -1 when the chunk ends first
   * (the state then says where it stopped). Strings are skipped with indexOf; only the text between
   * strings is looked at a character at a time.
   */
  private scanValue(text: string, i: number): number {
    const n = text.length;
    if (this.isScalar) {
      // A number, true, false or null: it runs to the next delimiter (JSON.parse checks it).
      for (; i < n; i++) {
        const c = text.charCodeAt(i);
        if (
          c === COMMA || c === CLOSE_BRACKET || c === CLOSE_BRACE || c === SPACE || c === LF || c === CR ||
          c === TAB || c === QUOTE || c === OPEN_BRACE || c === OPEN_BRACKET || c === COLON
        ) {
          return i;
        }
      }
      return -1;
    }
    const closers = this.closers;
    while (i < n) {
      if (this.inString) {
        if (this.escaped) {
          this.escaped = false;
          i++;
          continue;
        }
        // To the next quote or backslash, refusing a raw line break: JSON strings cannot hold one,
        // so a string that is never closed is caught on its own line.
        let j = i;
        let c = 0;
        for (; j < n; j++) {
          c = text.charCodeAt(j);
          if (c === QUOTE || c === BACKSLASH || c < SPACE) break;
        }
        if (j === n) return -1;
        if (c === QUOTE) {
          this.inString = false;
          i = j + 1;
          if (this.isString) return i;
        } else if (c === BACKSLASH) {
          this.escaped = true;
          i = j + 1;
        } else if (c === LF || c === CR) {
          throw new ImportFileError(
            `a string (") opened on line ${this.stringLine} is not closed before the end of the line`,
            this.stringLine,
          );
        } else {
          throw this.error(`a string holds a control character (code ${c}): write it as an escape such as \\t or \\u00${c.toString(16).padStart(2, "0")}`);
        }
        continue;
      }
      const c = text.charCodeAt(i);
      if (c === QUOTE) {
        this.inString = true;
        this.stringLine = this.line;
      } else if (c === OPEN_BRACE) {
        closers.push(CLOSE_BRACE);
      } else if (c === OPEN_BRACKET) {
        closers.push(CLOSE_BRACKET);
      } else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
        const expected = closers.pop();
        if (expected !== c) {
          throw this.error(
            expected === undefined
              ? `an unexpected ${String.fromCharCode(c)}`
              : `${String.fromCharCode(c)} closes a ${expected === CLOSE_BRACE ? "{" : "["}: a ${String.fromCharCode(expected)} is missing`,
          );
        }
        if (closers.length === 0) return i + 1;
      } else if (c === LF || c === CR) {
        this.countBreak(text, i, c);
      }
      i++;
    }
    return -1;
  }

  /** A value's text is complete, `text[start, end)` being its last part: parse it and emit it. */
  private finishValue(out: JsonItem[], text: string, start: number, end: number): void {
    const chars = this.valueCharsBefore + end - start;
    this.checkSize(chars);
    const last = text.slice(start, end);
    const source = this.valueParts.length === 0 ? last : this.valueParts.join("") + last;
    this.valueParts = [];
    let value: unknown;
    try {
      value = JSON.parse(source);
    } catch (cause) {
      const where = this.valueKind === VALUE_ELEMENT ? this.elementName(this.index) : this.valueKind === VALUE_KEY ? "a member name" : `"${this.key}"`;
      throw new ImportFileError(`${where} is not valid JSON: ${jsonMessage(cause)}`, lineOfError(cause, source, this.valueLine));
    }
    if (this.valueKind === VALUE_KEY) {
      this.key = value as string;
    } else if (this.valueKind === VALUE_MEMBER) {
      out.push({ kind: "member", key: this.key, line: this.valueLine, value });
    } else {
      out.push({ kind: "element", array: this.arrayKey, index: this.index, line: this.valueLine, lastLine: this.line, value });
      this.index++;
    }
    this.state = this.valueNext;
  }

  private closeArray(): void {
    this.state = this.topIsObject ? OBJECT_AFTER : DONE;
  }

  private checkSize(chars: number): void {
    if (chars > MAX_JSON_ELEMENT_CHARS) {
      const what = this.valueKind === VALUE_ELEMENT ? this.elementName(this.index) : `"${this.key}"`;
      throw new ImportFileError(`${what}, starting on line ${this.valueLine}, is larger than 16 MB`, this.valueLine);
    }
  }

  /** "record 3 of users" / "record 3" (1-based for people). */
  private elementName(index: number): string {
    return this.arrayKey === null ? `record ${index + 1}` : `record ${index + 1} of "${this.arrayKey}"`;
  }

  private error(message: string): ImportFileError {
    return new ImportFileError(message, this.line);
  }

  /** Counts the line break `c` at `text[i]`: an LF right after a CR ends the same line. */
  private countBreak(text: string, i: number, c: number): void {
    if (c === CR || (i > 0 ? text.charCodeAt(i - 1) : this.previousChar) !== CR) this.line++;
  }
}

/**
 * The character at `text[i]`, for a message. One character only, so that the message does not
 * depend on where the chunks were cut.
 */
function describe(text: string, i: number): string {
  return JSON.stringify(String.fromCodePoint(text.codePointAt(i)!));
}

/** JSON.parse's message without the echo of the text it was given (which may be long). */
function jsonMessage(cause: unknown): string {
  const message = cause instanceof Error ? cause.message : String(cause);
  return message.replace(/, ".*" is not valid JSON$/s, "").replace(/ in JSON at position \d+.*$/s, "");
}

/** The line of a JSON.parse error, from the position its message gives (V8 does), else the value's first line. */
function lineOfError(cause: unknown, source: string, firstLine: number): number {
  const match = cause instanceof Error ? /at position (\d+)/.exec(cause.message) : null;
  if (!match) return firstLine;
  const position = Math.min(Number(match[1]), source.length);
  let line = firstLine;
  for (let k = 0; k < position; k++) {
    const c = source.charCodeAt(k);
    if (c === CR || (c === LF && (k === 0 || source.charCodeAt(k - 1) !== CR))) line++;
  }
  return line;
}
