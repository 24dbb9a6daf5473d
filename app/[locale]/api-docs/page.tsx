import type { Metadata } from "next";
import { headers } from "next/headers";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { currentApiDocument } from "@/lib/server/openapi/document";
import { siteOrigin } from "@/lib/server/site-url";
import styles from "./api-docs.module.css";

export const metadata: Metadata = { title: "API" };
// The allowed values come from the reference data of the moment.
export const dynamic = "force-dynamic";

type Schema = { type?: string | string[]; enum?: unknown[]; items?: Schema; default?: unknown; description?: string; properties?: Record<string, Schema>; required?: string[]; anyOf?: Schema[]; oneOf?: Schema[]; format?: string; minimum?: number; maximum?: number };
type Parameter = { name: string; in: string; required: boolean; description?: string; schema: Schema };
type Operation = {
  operationId: string;
  tags: string[];
  summary: string;
  description?: string;
  parameters?: Parameter[];
  requestBody?: { description?: string; content: Record<string, { schema: Schema }> };
  responses: Record<string, { description: string }>;
  security: Record<string, string[]>[];
};
type Entry = { method: string; path: string; op: Operation };

/** "string", "integer 1–100", "one of: a, b", "list of: a, b" — what a parameter or field takes. */
function describeType(schema: Schema): string {
  const variants = schema.anyOf ?? schema.oneOf;
  if (variants) return variants.map(describeType).join(" or ");
  if (schema.enum) return `one of: ${schema.enum.map(String).join(", ")}`;
  if (schema.type === "array" && schema.items) return `list of ${describeType(schema.items)}`;
  const type = Array.isArray(schema.type) ? schema.type.join(" or ") : (schema.type ?? "any");
  const range = schema.minimum !== undefined || schema.maximum !== undefined ? ` ${schema.minimum ?? ""}–${schema.maximum ?? ""}` : "";
  return `${schema.format === "date" ? "date (YYYY-MM-DD)" : type}${range}`;
}

function exampleQuery(parameters: Parameter[]): string {
  const query = parameters
    .filter((p) => p.in === "query" && p.required)
    .map((p) => {
      const values = p.schema.enum ?? p.schema.items?.enum;
      return `${p.name}=${encodeURIComponent(String(values?.[0] ?? "…"))}`;
    });
  return query.length > 0 ? `?${query.join("&")}` : "";
}

function curlOf(origin: string, entry: Entry): string {
  const path = entry.path.replace(/\{(\w+)\}/g, (_, name: string) => `<${name}>`);
  const lines = [`curl -s${entry.method === "get" ? "" : ` -X ${entry.method.toUpperCase()}`} '${origin}${path}${exampleQuery(entry.op.parameters ?? [])}'`];
  const anonymous = entry.op.security.length === 0 || entry.op.security.some((s) => Object.keys(s).length === 0);
  if (!anonymous) lines.push(`  -H "Authorization: Bearer $TRACKER_TOKEN"`);
  const types = Object.keys(entry.op.requestBody?.content ?? {});
  if (types.length === 1 && types[0] === "application/json") lines.push(`  -H 'Content-Type: application/json'`, `  -d @body.json`);
  else if (types.length > 0) {
    // A file sent as it is (a CSV keeps its line breaks only with --data-binary); -N shows a streamed answer as it comes.
    const type = types[0]!;
    lines[0] = lines[0]!.replace("curl -s", "curl -sN");
    lines.push(`  -H 'Content-Type: ${type}'`, `  --data-binary @file.${type.endsWith("csv") ? "csv" : "json"}`);
  }
  return lines.join(" \\\n");
}

function authText(op: Operation): string {
  if (op.security.length === 0) return "Anyone; no credentials.";
  if (op.security.some((s) => Object.keys(s).length === 0)) return "Anyone; signed in (session or API token) the answer may include more.";
  return "A session from the tracker's pages or an API token (Authorization: Bearer).";
}

export default async function ApiDocsPage() {
  const document = (await currentApiDocument()) as { info: { description: string }; tags: { name: string }[]; paths: Record<string, Record<string, Operation>> };
  const origin = siteOrigin({ headers: await headers() });
  const entries: Entry[] = Object.entries(document.paths).flatMap(([path, item]) => Object.entries(item).map(([method, op]) => ({ method, path, op })));
  const groups = document.tags.map((tag) => ({ tag: tag.name, id: `group-${tag.name.toLowerCase().replace(/[^a-z0-9]+/g, "-")}`, entries: entries.filter((e) => e.op.tags.includes(tag.name)) }));

  return (
    <>
      <Breadcrumbs trail={[{ label: "API" }]} />
      <h1>API</h1>
      <p className="lead">
        Everything the pages show, as JSON under <code>/api/v1</code>. Reads need no account (notes on cases need a sign-in);
        writes need an analyst&apos;s session or an API token from the account page.
      </p>
      <p>
        The machine-readable description is the{" "}
        <a href="/api/v1/openapi.json">OpenAPI 3.1 document (openapi.json)</a>, generated from the same schemas the
        endpoints check their parameters against; this page is generated from it.
      </p>
      <section className={styles.conventions} aria-labelledby="conventions">
        <h2 id="conventions">Conventions</h2>
        <ul>
          <li>
            Errors share one shape: <code>{`{ "error": { "code", "message", "errors"? } }`}</code>. A 400 lists each bad
            parameter in <code>errors</code> with its allowed values; unknown or repeated parameters are refused.
          </li>
          <li>
            Lists that grow are paged: <code>limit</code> (1–100) and <code>after</code>; follow <code>next</code> until it is null.
          </li>
          <li>Every fact carries its source: <code>citation</code> (title, url, locator: the passage it rests on).</li>
          <li>Dates are partial: <code>{`{ "date": "2024-10-01", "precision": "MONTH" }`}</code> means October 2024.</li>
        </ul>
      </section>
      <nav aria-label="Resources" className={styles.toc}>
        <h2>Resources</h2>
        <ul>
          {groups.map((g) => (
            <li key={g.id}>
              <a href={`#${g.id}`}>{g.tag}</a> <span className="muted">({g.entries.length})</span>
            </li>
          ))}
        </ul>
      </nav>
      {groups.map((group) => (
        <section key={group.id} aria-labelledby={group.id} className={styles.group}>
          <h2 id={group.id}>{group.tag}</h2>
          {group.entries.map((entry) => {
            const parameters = entry.op.parameters ?? [];
            const content = entry.op.requestBody?.content ?? {};
            const body = Object.keys(content).length === 1 ? content["application/json"]?.schema : undefined;
            const rawTypes = body ? [] : Object.keys(content);
            return (
              <article key={entry.op.operationId} id={entry.op.operationId} className={`card ${styles.endpoint}`} aria-labelledby={`${entry.op.operationId}-title`}>
                <h3 id={`${entry.op.operationId}-title`} className={styles.title}>
                  <span className={styles.method}>{entry.method.toUpperCase()}</span> <code className={styles.path}>{entry.path}</code>
                </h3>
                <p className={styles.summary}>{entry.op.summary}</p>
                {entry.op.description && <p>{prose(entry.op.description)}</p>}
                <p className="small">
                  <strong>Who may call it:</strong> {authText(entry.op)}
                </p>
                <h4>Parameters</h4>
                {parameters.length === 0 ? (
                  <p className="small muted">None{entry.method === "get" && entry.op.responses["400"] ? " (any parameter sent is refused with 400)" : ""}.</p>
                ) : (
                  <dl className={styles.params}>
                    {parameters.map((p) => (
                      <div key={`${p.in}-${p.name}`}>
                        <dt>
                          <code>{p.name}</code> <span className="small muted">in {p.in}{p.required ? ", required" : ", optional"}</span>
                        </dt>
                        <dd>
                          <span className={styles.type}>{describeType(p.schema)}</span>
                          {p.schema.default !== undefined && <span className="small"> (default {String(p.schema.default)})</span>}
                          {p.description && <span className={styles.note}>{prose(p.description)}</span>}
                        </dd>
                      </div>
                    ))}
                  </dl>
                )}
                {body && (
                  <>
                    <h4>Request body (JSON)</h4>
                    {entry.op.requestBody?.description && <p className="small">{prose(entry.op.requestBody.description)}</p>}
                    <BodyFields schema={body} />
                  </>
                )}
                {rawTypes.length > 0 && (
                  <>
                    <h4>Request body (the file itself)</h4>
                    <p className="small">
                      {rawTypes.map((t, i) => (
                        <span key={t}>
                          {i > 0 ? " or " : ""}
                          <code>{t}</code>
                        </span>
                      ))}
                      {entry.op.requestBody?.description ? <>: {prose(entry.op.requestBody.description)}</> : null}
                    </p>
                  </>
                )}
                <h4>Responses</h4>
                <ul className={styles.responses}>
                  {Object.entries(entry.op.responses).map(([status, response]) => (
                    <li key={status}>
                      <strong>{status}</strong> {prose(response.description)}
                    </li>
                  ))}
                </ul>
                <h4>Example</h4>
                <pre className={styles.curl}>
                  <code>{curlOf(origin, entry)}</code>
                </pre>
              </article>
            );
          })}
        </section>
      ))}
    </>
  );
}

function BodyFields({ schema }: { schema: Schema }) {
  const variants = schema.oneOf ?? schema.anyOf;
  if (variants) {
    return (
      <>
        {variants.map((variant, index) => (
          <div key={index}>
            <p className="small">{index === 0 ? "One of:" : "or:"}</p>
            <BodyFields schema={variant} />
          </div>
        ))}
      </>
    );
  }
  const fields = Object.entries(schema.properties ?? {});
  if (fields.length === 0) return <p className="small muted">Any JSON object.</p>;
  return (
    <dl className={styles.params}>
      {fields.map(([name, field]) => (
        <div key={name}>
          <dt>
            <code>{name}</code> <span className="small muted">{schema.required?.includes(name) ? "required" : "optional"}</span>
          </dt>
          <dd>
            <span className={styles.type}>{describeType(field)}</span>
            {field.description && <span className={styles.note}>{prose(field.description)}</span>}
          </dd>
        </div>
      ))}
    </dl>
  );
}

/** A description's `code` spans as code: the document's prose marks names that way. */
function prose(text: string) {
  return text.split("`").map((part, i) => (i % 2 === 1 ? <code key={i}>{part}</code> : part));
}
