/**
 * Finds the English messages written in the source (for lib/core/message-texts.test.ts): every
 * text a zod schema, a `ctx.addIssue`, an `AppError` or a function returning a refusal gives a
 * person to read, as the key lib/core/message-texts.ts looks it up by (a template's `${…}` parts
 * as {0}, {1}…). Test-only: it reads files and uses the TypeScript compiler, so nothing at run
 * time imports it.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";

export type FoundMessage = { key: string; file: string; line: number };

/** zod's checks whose last argument may be the message ("must be…"), written as a string or `{ message }`. */
const ZOD_CHECKS = new Set(["min", "max", "length", "regex", "refine", "email", "url", "int", "positive", "nonnegative", "nonempty", "gte", "lte", "gt", "lt", "datetime", "date", "uuid", "startsWith", "endsWith"]);

/**
 * Functions that return a refusal's text to be put after a field or shown as it is: their
 * returned literals are messages too. By name, so a new one is a line here.
 */
export const MESSAGE_FUNCTIONS = new Set<string>([
  "futureHappenedProblem", // milestone-input.ts
  "typedFilterProblem", // milestone-filters.ts
  "refusalOf", // stage-machine.ts (and lib/server/action.ts's, which returns no literal)
  "unknownValueMessage", // import/vocabulary.ts
  "unexpected", // import/json-reader.ts
  "fileError", // import/csv-reader.ts, import/json-reader.ts
  "fieldMessage", // query-form.ts ("Which forum?", the coverage matrix)
  "conductFieldMessage", // query-form.ts
]);

/** Constants holding refusals (or parts of them) that other code puts in a message. */
export const MESSAGE_CONSTS = new Set<string>(["WHY_ONLY_FROM", "UNUSUAL", "NOTE_EXAMPLES", "NOT_ARRAY_OR_OBJECT_MESSAGE", "NOT_UTF8_MESSAGE", "UNEXPECTED"]);

/** Properties holding a message: `{ message }` (zod, addIssue, refusals), zod's `{ error }`, an import's `reason`. */
const MESSAGE_PROPERTIES = new Set(["message", "error", "reason"]);

/** Calls whose argument at this index is a message: `new ImportFileError(message, line)`, `issue(param, received, message)`. */
const MESSAGE_ARGUMENTS: Record<string, number> = { AppError: 1, ImportFileError: 0, issue: 2 };

/** A message's key: the literal text with each interpolated part as {0}, {1}… (null: not a literal). */
export function keysOf(node: ts.Expression, consts: ReadonlyMap<string, readonly ts.Expression[]> = new Map()): string[] {
  if (ts.isParenthesizedExpression(node) || ts.isAsExpression(node)) return keysOf(node.expression, consts);
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return [node.text];
  if (ts.isTemplateExpression(node)) {
    let key = node.head.text;
    node.templateSpans.forEach((span, i) => (key += `{${i}}${span.literal.text}`));
    return [key];
  }
  if (ts.isConditionalExpression(node)) return [...keysOf(node.whenTrue, consts), ...keysOf(node.whenFalse, consts)];
  if (ts.isBinaryExpression(node) && (node.operatorToken.kind === ts.SyntaxKind.QuestionQuestionToken || node.operatorToken.kind === ts.SyntaxKind.BarBarToken)) {
    return [...keysOf(node.left, consts), ...keysOf(node.right, consts)];
  }
  if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken) {
    // "a" + b + "c": the literal parts joined, anything else a slot.
    const parts: ts.Expression[] = [];
    const flatten = (e: ts.Expression): void => {
      if (ts.isBinaryExpression(e) && e.operatorToken.kind === ts.SyntaxKind.PlusToken) {
        flatten(e.left);
        flatten(e.right);
      } else parts.push(e);
    };
    flatten(node);
    let key = "";
    let slot = 0;
    for (const p of parts) key += ts.isStringLiteral(p) || ts.isNoSubstitutionTemplateLiteral(p) ? p.text : `{${slot++}}`;
    return [key];
  }
  if (ts.isIdentifier(node)) {
    // Every const of that name in the file (a function's local `message`): never itself again.
    const inits = consts.get(node.text) ?? [];
    const rest = new Map(consts);
    rest.delete(node.text);
    return inits.flatMap((init) => keysOf(init, rest));
  }
  return [];
}

function returnedExpressions(body: ts.Node): ts.Expression[] {
  const found: ts.Expression[] = [];
  const visit = (n: ts.Node) => {
    if (ts.isReturnStatement(n) && n.expression) found.push(n.expression);
    ts.forEachChild(n, visit);
  };
  ts.forEachChild(body, visit);
  return found;
}

/** The messages of one file's source text. */
export function messagesInSource(file: string, text: string): FoundMessage[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith("x") ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const consts = new Map<string, ts.Expression[]>();
  const found: FoundMessage[] = [];
  const add = (node: ts.Expression) => {
    for (const key of keysOf(node, consts)) found.push({ key, file, line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1 });
  };
  const collectConsts = (n: ts.Node) => {
    if (ts.isVariableDeclaration(n) && ts.isIdentifier(n.name) && n.initializer && (n.parent.flags & ts.NodeFlags.Const) !== 0) {
      consts.set(n.name.text, [...(consts.get(n.name.text) ?? []), n.initializer]);
    }
    ts.forEachChild(n, collectConsts);
  };
  collectConsts(source);
  const visit = (n: ts.Node) => {
    // { message: "…" } (zod's options, ctx.addIssue, a refusal's fields).
    // (and an import's `reason`, zod's `error: (issue) => "…"`)
    if (ts.isPropertyAssignment(n) && (ts.isIdentifier(n.name) || ts.isStringLiteral(n.name)) && MESSAGE_PROPERTIES.has(n.name.text)) {
      const init = n.initializer;
      if (ts.isArrowFunction(init) || ts.isFunctionExpression(init)) {
        if (ts.isBlock(init.body)) returnedExpressions(init.body).forEach(add);
        else add(init.body as ts.Expression);
      } else add(init);
    }
    if (ts.isShorthandPropertyAssignment(n) && MESSAGE_PROPERTIES.has(n.name.text)) add(n.name);
    // new AppError(code, "…"), new ImportFileError("…", line), issue(param, received, "…")
    if ((ts.isNewExpression(n) || ts.isCallExpression(n)) && ts.isIdentifier(n.expression) && n.expression.text in MESSAGE_ARGUMENTS) {
      const arg = n.arguments?.[MESSAGE_ARGUMENTS[n.expression.text]!];
      if (arg) add(arg);
    }
    // const WHY_ONLY_FROM = { JUDGMENT: "…" }, const UNUSUAL = [[from, to, "…"]]
    if (ts.isVariableDeclaration(n) && ts.isIdentifier(n.name) && MESSAGE_CONSTS.has(n.name.text) && n.initializer) {
      const strings = (e: ts.Node): void => {
        if (ts.isStringLiteral(e) || ts.isNoSubstitutionTemplateLiteral(e) || ts.isTemplateExpression(e)) add(e);
        else if (!ts.isPropertyAccessExpression(e) && !ts.isCallExpression(e)) ts.forEachChild(e, strings);
      };
      strings(n.initializer);
    }
    // .min(1, "…"), .refine(check, "…")
    if (ts.isCallExpression(n) && ts.isPropertyAccessExpression(n.expression) && ZOD_CHECKS.has(n.expression.name.text)) {
      const last = n.arguments[n.arguments.length - 1];
      if (last && n.arguments.length >= 1 && (ts.isStringLiteral(last) || ts.isNoSubstitutionTemplateLiteral(last) || ts.isTemplateExpression(last)) && (n.arguments.length > 1 || ["email", "url", "int", "positive", "nonnegative", "nonempty", "datetime", "date", "uuid"].includes(n.expression.name.text))) add(last);
    }
    // function futureHappenedProblem(…) { return `…`; }
    if ((ts.isFunctionDeclaration(n) || ts.isMethodDeclaration(n)) && n.name && ts.isIdentifier(n.name) && MESSAGE_FUNCTIONS.has(n.name.text) && n.body) {
      for (const e of returnedExpressions(n.body)) add(e);
    }
    ts.forEachChild(n, visit);
  };
  visit(source);
  return found;
}

/** Every message under `dir` (tests left out). */
export function messagesInTree(dir: string): FoundMessage[] {
  const out: FoundMessage[] = [];
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== "generated" && entry.name !== "node_modules") walk(p);
      } else if (/\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) && !entry.name.endsWith(".d.ts")) {
        out.push(...messagesInSource(p, readFileSync(p, "utf8")));
      }
    }
  };
  walk(dir);
  return out;
}
