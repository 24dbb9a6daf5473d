import type { Metadata } from "next";
import { headers } from "next/headers";
import { getLocale, getTranslations } from "next-intl/server";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import type { Locale } from "@/lib/core/locales";
import { currentApiDocument } from "@/lib/server/openapi/document";
import { localizeApiDocument } from "@/lib/server/openapi/texts-uk";
import { siteOrigin } from "@/lib/server/site-url";
import styles from "./api-docs.module.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("ApiDocs");
  return { title: t("title") };
}
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
type Words = Awaited<ReturnType<typeof getTranslations<"ApiDocs">>>;

/** The resources' headings (the document's tags) in the reader's language; an unknown tag keeps its name. */
const TAG_WORDS = {
  Account: "tagAccount",
  Cases: "tagCases",
  Crimes: "tagCrimes",
  Documents: "tagDocuments",
  Following: "tagFollowing",
  Forums: "tagForums",
  Import: "tagImport",
  Instruments: "tagInstruments",
  "Jurisdiction and coverage": "tagJurisdiction",
  "Jurisdiction rules": "tagRules",
  Milestones: "tagMilestones",
  "Notes on cases": "tagNotes",
  Sources: "tagSources",
  Translations: "tagTranslations",
} as const;

const tagWords = (t: Words, tag: string) => (tag in TAG_WORDS ? t(TAG_WORDS[tag as keyof typeof TAG_WORDS]) : tag);

/** "string", "integer 1–100", "one of: a, b", "list of: a, b" — what a parameter or field takes. */
function describeType(schema: Schema, t: Words): string {
  const variants = schema.anyOf ?? schema.oneOf;
  if (variants) return variants.map((v) => describeType(v, t)).join(` ${t("or")} `);
  if (schema.enum) return t("oneOf", { values: schema.enum.map(String).join(", ") });
  if (schema.type === "array" && schema.items) return t("listOf", { type: describeType(schema.items, t) });
  const type = Array.isArray(schema.type) ? schema.type.join(` ${t("or")} `) : (schema.type ?? t("anyType"));
  const range = schema.minimum !== undefined || schema.maximum !== undefined ? ` ${schema.minimum ?? ""}–${schema.maximum ?? ""}` : "";
  return `${schema.format === "date" ? t("dateType") : type}${range}`;
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
  else if (types.length === 1 && types[0] === "multipart/form-data") lines.push(`  -F 'file=@judgment.pdf'`, `  -F 'language=uk'`);
  else if (types.length > 0) {
    // A file sent as it is (a CSV keeps its line breaks only with --data-binary); -N shows a streamed answer as it comes.
    const type = types[0]!;
    lines[0] = lines[0]!.replace("curl -s", "curl -sN");
    lines.push(`  -H 'Content-Type: ${type}'`, `  --data-binary @file.${type.endsWith("csv") ? "csv" : "json"}`);
  }
  return lines.join(" \\\n");
}

function authText(op: Operation, t: Words): string {
  if (op.security.length === 0) return t("authNone");
  if (op.security.some((s) => Object.keys(s).length === 0)) return t("authOptional");
  return t("authRequired");
}

export default async function ApiDocsPage() {
  const locale = (await getLocale()) as Locale;
  // The endpoints' own texts in the reader's language; the JSON document stays English.
  const document = localizeApiDocument(await currentApiDocument(), locale) as { info: { description: string }; tags: { name: string }[]; paths: Record<string, Record<string, Operation>> };
  const origin = siteOrigin({ headers: await headers() });
  const entries: Entry[] = Object.entries(document.paths).flatMap(([path, item]) => Object.entries(item).map(([method, op]) => ({ method, path, op })));
  const t = await getTranslations("ApiDocs");
  const code = (chunks: React.ReactNode) => <code>{chunks}</code>;
  const groups = document.tags.map((tag) => ({ tag: tag.name, id: `group-${tag.name.toLowerCase().replace(/[^a-z0-9]+/g, "-")}`, entries: entries.filter((e) => e.op.tags.includes(tag.name)) }));

  return (
    <>
      <Breadcrumbs trail={[{ label: t("title") }]} />
      <h1>{t("title")}</h1>
      <p className="lead">{t.rich("lead", { code })}</p>
      <p>{t.rich("document", { link: (chunks) => <a href="/api/v1/openapi.json">{chunks}</a> })}</p>
      <section className={styles.conventions} aria-labelledby="conventions">
        <h2 id="conventions">{t("conventions")}</h2>
        <ul>
          <li>{t.rich("conventionErrors", { code, shape: `{ "error": { "code", "message", "errors"? } }` })}</li>
          <li>{t.rich("conventionPages", { code })}</li>
          <li>{t.rich("conventionSources", { code })}</li>
          <li>{t.rich("conventionDates", { code, example: `{ "date": "2024-10-01", "precision": "MONTH" }` })}</li>
          <li>{t("conventionLanguage")}</li>
        </ul>
      </section>
      <nav aria-label={t("resources")} className={styles.toc}>
        <h2>{t("resources")}</h2>
        <ul>
          {groups.map((g) => (
            <li key={g.id}>
              <a href={`#${g.id}`}>{tagWords(t, g.tag)}</a> <span className="muted">({g.entries.length})</span>
            </li>
          ))}
        </ul>
      </nav>
      {groups.map((group) => (
        <section key={group.id} aria-labelledby={group.id} className={styles.group}>
          <h2 id={group.id}>{tagWords(t, group.tag)}</h2>
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
                  <strong>{t("whoMayCall")}</strong> {authText(entry.op, t)}
                </p>
                <h4>{t("parameters")}</h4>
                {parameters.length === 0 ? (
                  <p className="small muted">{entry.method === "get" && entry.op.responses["400"] ? t("noParametersRefused") : t("noParameters")}</p>
                ) : (
                  <dl className={styles.params}>
                    {parameters.map((p) => (
                      <div key={`${p.in}-${p.name}`}>
                        <dt>
                          <code>{p.name}</code> <span className="small muted">{p.required ? t("inRequired", { in: p.in }) : t("inOptional", { in: p.in })}</span>
                        </dt>
                        <dd>
                          <span className={styles.type}>{describeType(p.schema, t)}</span>
                          {p.schema.default !== undefined && <span className="small"> ({t("default", { value: String(p.schema.default) })})</span>}
                          {p.description && <span className={styles.note}>{prose(p.description)}</span>}
                        </dd>
                      </div>
                    ))}
                  </dl>
                )}
                {body && (
                  <>
                    <h4>{t("bodyJson")}</h4>
                    {entry.op.requestBody?.description && <p className="small">{prose(entry.op.requestBody.description)}</p>}
                    <BodyFields schema={body} t={t} />
                  </>
                )}
                {rawTypes.length > 0 && (
                  <>
                    <h4>{t("bodyFile")}</h4>
                    <p className="small">
                      {rawTypes.map((type, i) => (
                        <span key={type}>
                          {i > 0 ? ` ${t("or")} ` : ""}
                          <code>{type}</code>
                        </span>
                      ))}
                      {entry.op.requestBody?.description ? <>: {prose(entry.op.requestBody.description)}</> : null}
                    </p>
                  </>
                )}
                <h4>{t("responses")}</h4>
                <ul className={styles.responses}>
                  {Object.entries(entry.op.responses).map(([status, response]) => (
                    <li key={status}>
                      <strong>{status}</strong> {prose(response.description)}
                    </li>
                  ))}
                </ul>
                <h4>{t("example")}</h4>
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

function BodyFields({ schema, t }: { schema: Schema; t: Words }) {
  const variants = schema.oneOf ?? schema.anyOf;
  if (variants) {
    return (
      <>
        {variants.map((variant, index) => (
          <div key={index}>
            <p className="small">{index === 0 ? t("oneOfBodies") : t("orBody")}</p>
            <BodyFields schema={variant} t={t} />
          </div>
        ))}
      </>
    );
  }
  const fields = Object.entries(schema.properties ?? {});
  if (fields.length === 0) return <p className="small muted">{t("anyObject")}</p>;
  return (
    <dl className={styles.params}>
      {fields.map(([name, field]) => (
        <div key={name}>
          <dt>
            <code>{name}</code> <span className="small muted">{schema.required?.includes(name) ? t("required") : t("optional")}</span>
          </dt>
          <dd>
            <span className={styles.type}>{describeType(field, t)}</span>
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
