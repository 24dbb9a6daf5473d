import type { Metadata } from "next";
import { Link } from "@/lib/i18n/navigation";
import { notFound } from "next/navigation";
import { redirectInLocale } from "@/lib/i18n/redirect";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { DemoBadge } from "@/components/DemoBadge";
import { ExpectedBadge } from "@/components/ExpectedBadge";
import { MatrixChanges } from "@/components/MatrixChanges";
import { PartialDate, PrecisionNote } from "@/components/PartialDate";
import { TextField } from "@/components/QueryFields";
import { RuleCard } from "@/components/RuleCard";
import { SourceCitation, SourceList } from "@/components/SourceCitation";
import { dayWords } from "@/lib/core/answer-words";
import { parseConduct } from "@/lib/core/conduct";
import { isoToday } from "@/lib/core/dates";
import type { Conduct } from "@/lib/core/jurisdiction";
import { INSTRUMENT_KIND_LABELS, plural } from "@/lib/core/labels";
import { aroundMilestone } from "@/lib/core/matrix";
import { conductFieldMessage, fieldValue } from "@/lib/core/query-form";
import type { RuleView } from "@/lib/core/views";
import { milestoneMatrixChanges } from "@/lib/server/coverage";
import { getMilestone } from "@/lib/server/queries/milestones";
import { findDeletedRecord } from "@/lib/server/queries/deleted-record";
import { DeletedRecord } from "@/components/DeletedRecord";
import { getRuleViews } from "@/lib/server/queries/rules";
import { currentActor } from "@/lib/server/auth";
import { hasRole, timeZoneOf } from "@/lib/server/actor";

type Props = { params: Promise<{ slug: string }>; searchParams?: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const milestone = await getMilestone(slug, isoToday(new Date()));
  if (milestone) return { title: milestone.title };
  // A deleted one's address explains itself, and is not for search engines.
  return (await findDeletedRecord("milestone", slug)) ? { title: "Deleted milestone", robots: { index: false } } : { title: "Milestone not found" };
}

/**
 * The conduct the comparison is about: a small GET form under the two days compared. Its refusal
 * is shown next to the field; the comparison then falls back to all conduct, and says so.
 */
function ConductForm({ slug, value, error, latest }: { slug: string; value: string; error?: string; latest: string }) {
  return (
    <form method="get" action={`/milestones/${slug}`} className="query-form query-form-inline changes-conduct-form" aria-label="The conduct compared">
      <div className="query-fields">
        <TextField
          name="conduct"
          label="Date of the conduct"
          optional
          hint={
            <>
              A day, month or year, or a period FROM/TO (<code>2014-06</code>, <code>2013-11-21/2014-02-22</code>), begun by{" "}
              {latest}. Empty: all conduct, period by period.
            </>
          }
          value={value}
          error={error}
        />
      </div>
      <div className="filter-actions">
        <button type="submit">Compare for this conduct</button>
        {value ? (
          <Link href={`/milestones/${slug}#matrix-changes-heading`} className="clear-link">
            All conduct
          </Link>
        ) : null}
      </div>
    </form>
  );
}

function RuleSection({
  id,
  heading,
  intro,
  rules,
  milestone,
}: {
  id: string;
  heading: string;
  intro: string;
  rules: RuleView[];
  milestone: string;
}) {
  if (rules.length === 0) return null;
  return (
    <section aria-labelledby={id} className="section">
      <h2 id={id}>
        {heading} <span className="count">({plural(rules.length, "rule")})</span>
      </h2>
      <p className="muted">{intro}</p>
      <div className="rule-stack">
        {rules.map((rule) => (
          <RuleCard key={rule.slug} rule={rule} showForum currentMilestone={milestone} />
        ))}
      </div>
    </section>
  );
}

export default async function MilestonePage({ params, searchParams }: Props) {
  const { slug } = await params;
  const query = (await searchParams) ?? {};
  const saved = query.saved;
  // A conduct field left empty means all conduct: the address says so by leaving it out.
  if (query.conduct !== undefined && fieldValue(query, "conduct") === "") return await redirectInLocale(`/milestones/${encodeURIComponent(slug)}`);
  const actor = await currentActor();
  const canEdit = hasRole(actor, "ANALYST");
  const milestone = await getMilestone(slug, isoToday(new Date()));
  if (!milestone) {
    const deleted = await findDeletedRecord("milestone", slug);
    if (!deleted) notFound();
    return <DeletedRecord kind="milestone" record={deleted} historyHref={`/milestones/${slug}/history`} full={canEdit} zone={timeZoneOf(actor)} />;
  }
  const m = milestone;
  const changedRules = m.rulesOpened.length + m.rulesClosed.length;
  // The conduct is read against the day after the milestone: the later of the two days compared.
  const conductText = fieldValue(query, "conduct");
  const { after } = aroundMilestone(m.date);
  const parsedConduct = conductText ? parseConduct(conductText, after) : null;
  const conduct: Conduct | null = parsedConduct?.ok ? parsedConduct.value : null;
  const conductError =
    parsedConduct && !parsedConduct.ok
      ? conductFieldMessage(conductText, parsedConduct.message, {
          day: `${dayWords(after)}, the later of the two days compared`,
          remedy: "Choose conduct that had begun by then. The changes below are for all conduct.",
        })
      : undefined;
  const matrix = await milestoneMatrixChanges(m, { conduct });
  const changeRules = await getRuleViews(
    matrix.changes.flatMap((c) => [...c.rulesAfter, ...c.causes.map((cause) => cause.rule)]),
    matrix.after,
  );
  const rulesOnPage = new Set([...m.rulesOpened, ...m.rulesClosed, ...m.linkedRules].map((r) => r.slug));

  return (
    <>
      <Breadcrumbs trail={[{ href: "/milestones", label: "Milestones" }, { label: m.title }]} />
      <p className="eyebrow">
        {m.type.name} · {m.track.name} track
      </p>
      <h1>{m.title}</h1>
      {m.status === "EXPECTED" ? (
        <p className="notice notice-warning" data-testid="expected-notice">
          <ExpectedBadge /> Expected, not happened: scheduled, announced or pending for <PartialDate value={m.date} />.
          {canEdit ? " When it happens, edit it: mark it happened, with the date it did." : null}
        </p>
      ) : null}
      {saved === "created" || saved === "updated" ? (
        <p className="notice notice-success" role="status">
          {saved === "created" ? "The milestone was logged" : "Your changes were saved"}; its <Link href={`/milestones/${m.slug}/history`}>history</Link> records{" "}
          {saved === "created" ? "it" : "them"}.
        </p>
      ) : null}
      <p className="record-actions">
        {canEdit ? (
          <>
            <Link href={`/milestones/${m.slug}/edit`} className="button-link">
              Edit
            </Link>
            <Link href={`/milestones/${m.slug}/delete`} className="button-link button-link-quiet">
              Delete…
            </Link>
          </>
        ) : null}
        <Link href={`/milestones/${m.slug}/history`}>History of this record</Link>
      </p>
      {m.isSynthetic ? (
        <p className="notice notice-demo">
          <DemoBadge /> This milestone is synthetic demo data. It is not a fact and must not be cited.
        </p>
      ) : null}

      <dl className="facts facts-grid">
        <div>
          <dt>{m.status === "EXPECTED" ? "Expected" : "Date"}</dt>
          <dd>
            <PartialDate value={m.date} /> <PrecisionNote value={m.date} />
          </dd>
        </div>
        <div>
          <dt>Track</dt>
          <dd>
            <Link href={`/milestones?track=${m.track.slug}`}>{m.track.name}</Link>
          </dd>
        </div>
        <div>
          <dt>Type</dt>
          <dd>
            <Link href={`/milestones?type=${m.type.slug}`}>{m.type.name}</Link>
          </dd>
        </div>
        <div>
          <dt>Situation</dt>
          <dd>{m.situation ? m.situation.name : "Not tied to one situation"}</dd>
        </div>
        <div>
          <dt>Forums</dt>
          <dd>
            {m.forums.length === 0
              ? "None linked"
              : m.forums.map((f, i) => (
                  <span key={f.slug}>
                    {i > 0 ? ", " : null}
                    <Link href={`/forums/${f.slug}`}>{f.name}</Link>
                  </span>
                ))}
          </dd>
        </div>
      </dl>

      <section aria-labelledby="what-heading" className="section">
        <h2 id="what-heading">{m.status === "EXPECTED" ? "What is expected" : "What happened"}</h2>
        <p className="lead">{m.description}</p>
        <h2>{m.status === "EXPECTED" ? "What it would change" : "What it changed"}</h2>
        <p>{m.whatChanged ?? "Not recorded."}</p>
        {changedRules > 0 ? (
          <p className="muted">
            In the tracker’s jurisdiction rules:{" "}
            {m.rulesOpened.length > 0 ? <a href="#opened-heading">{m.rulesOpened.length} opened</a> : "none opened"},{" "}
            {m.rulesClosed.length > 0 ? <a href="#closed-heading">{m.rulesClosed.length} closed</a> : "none closed"}.
          </p>
        ) : null}
      </section>

      <MatrixChanges
        expected={m.status === "EXPECTED"}
        date={m.date}
        before={matrix.before}
        after={matrix.after}
        situations={matrix.situations}
        modes={matrix.modes}
        changes={matrix.changes}
        conduct={matrix.conduct}
        names={{ ...matrix.vocabulary.names, forums: matrix.vocabulary.forums }}
        rules={changeRules}
        onPage={rulesOnPage}
        changesRules={changedRules > 0}
      >
        <ConductForm slug={m.slug} value={conductText} error={conductError} latest={dayWords(after)} />
      </MatrixChanges>

      <section aria-labelledby="sources-heading" className="section">
        <h2 id="sources-heading">Sources</h2>
        <SourceList citations={m.citations} />
      </section>

      {m.instruments.length > 0 ? (
        <section aria-labelledby="instruments-heading" className="section">
          <h2 id="instruments-heading">Instruments</h2>
          <ul className="plain-list">
            {m.instruments.map((ins) => (
              <li key={ins.slug} className="card">
                <h3>{ins.title}</h3>
                <p className="muted">
                  {INSTRUMENT_KIND_LABELS[ins.kind]}
                  {ins.adoptedOn ? (
                    <>
                      {" "}
                      · adopted <PartialDate value={ins.adoptedOn} />
                    </>
                  ) : null}
                </p>
                <p>{ins.description}</p>
                <SourceCitation citation={ins.citation} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <RuleSection
        id="opened-heading"
        heading="Jurisdiction rules it opened"
        intro="Rules whose validity starts with this milestone."
        rules={m.rulesOpened}
        milestone={m.slug}
      />
      <RuleSection
        id="closed-heading"
        heading="Jurisdiction rules it closed"
        intro="Rules whose validity ends with this milestone."
        rules={m.rulesClosed}
        milestone={m.slug}
      />
      <RuleSection
        id="linked-heading"
        heading="Related jurisdiction rules"
        intro="Rules this milestone bears on."
        rules={m.linkedRules}
        milestone={m.slug}
      />
      {changedRules === 0 && m.linkedRules.length === 0 ? (
        <section aria-labelledby="rules-heading" className="section">
          <h2 id="rules-heading">Jurisdiction rules</h2>
          <p>This milestone opened or closed no jurisdiction rule recorded in the tracker.</p>
        </section>
      ) : null}
    </>
  );
}
