"use client";

import { useTranslations } from "next-intl";
import { useEffect, useId, useState } from "react";
import type { FoundSource } from "@/lib/core/views";

/** The kinds of a found source, as its badge names them (keys of Forms.foundKinds). */
const KIND_KEYS = { official: "official", secondary: "secondary", "seed-post": "seedPost" } as const satisfies Record<FoundSource["kind"], string>;

type Search = { status: "idle" } | { status: "searching"; q: string } | { status: "done"; q: string; sources: FoundSource[] } | { status: "failed"; q: string };

/**
 * Finding a recorded source to cite instead of typing it again: the words are looked up as they
 * are typed (GET /api/v1/sources), and "Cite" adds the source as a new row of the form, with the
 * article as its passage when the words named one. The search box belongs to no form (its `form`
 * names none), so it is never sent and Enter in it saves nothing.
 */
export function SourcePicker({ onPick, citedAs }: {
  onPick: (source: FoundSource, locator: string) => void;
  /** The row (1, 2…) that already cites a source, or null. */
  citedAs: (slug: string) => number | null;
}) {
  const t = useTranslations("Forms");
  const id = useId();
  const [q, setQ] = useState("");
  const [search, setSearch] = useState<Search>({ status: "idle" });

  useEffect(() => {
    const words = q.trim();
    if (!words) {
      setSearch({ status: "idle" });
      return;
    }
    const controller = new AbortController();
    // A pause in typing, not every key, asks the server.
    const timer = setTimeout(async () => {
      setSearch({ status: "searching", q: words });
      try {
        const response = await fetch(`/api/v1/sources?${new URLSearchParams({ q: words, limit: "8" })}`, { signal: controller.signal });
        if (!response.ok) throw new Error(String(response.status));
        const { sources } = (await response.json()) as { sources: FoundSource[] };
        setSearch({ status: "done", q: words, sources });
      } catch (error) {
        if (!controller.signal.aborted) setSearch({ status: "failed", q: words });
        void error;
      }
    }, 250);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [q]);

  return (
    <div className="source-picker">
      <label htmlFor={`${id}-q`} className="source-picker-label">
        {t("citeRecorded")}
      </label>
      <p className="field-hint" id={`${id}-hint`}>
        {t("pickerHint")}
      </p>
      <input
        id={`${id}-q`}
        type="search"
        form="source-picker-not-a-form"
        value={q}
        onChange={(e) => setQ(e.target.value)}
        onKeyDown={(e) => e.key === "Enter" && e.preventDefault()}
        autoComplete="off"
        aria-describedby={`${id}-hint ${id}-status`}
        aria-controls={`${id}-results`}
      />
      <p className="source-picker-status" id={`${id}-status`} role="status">
        {search.status === "searching"
          ? t("searching")
          : search.status === "failed"
            ? t("searchFailed")
            : search.status === "done"
              ? search.sources.length === 0
                ? t("noMatch", { q: search.q })
                : t("matches", { count: search.sources.length, q: search.q })
              : null}
      </p>
      {search.status === "done" && search.sources.length > 0 ? (
        <ul className="source-picker-results" id={`${id}-results`}>
          {search.sources.map((s) => {
            const row = citedAs(s.slug);
            return (
              <li key={s.slug}>
                <p className="source-picker-title">
                  <strong>{s.title}</strong>
                  {s.publisher ? `, ${s.publisher}` : null} <span className={`source-kind source-kind-${s.kind}`}>{t(`foundKinds.${KIND_KEYS[s.kind]}`)}</span>
                </p>
                {s.url ? <p className="source-picker-url">{s.url}</p> : null}
                {row !== null ? (
                  <p className="source-picker-cited">{t("alreadyCited", { row })}</p>
                ) : (
                  <div className="source-picker-actions">
                    <button type="button" onClick={() => onPick(s, "")} aria-label={t("citeTitle", { title: s.title })}>
                      {t("cite")}
                    </button>
                    {s.provisions
                      .filter((p) => p.number)
                      .map((p) => (
                        <button type="button" key={`${p.instrument}-${p.number}`} onClick={() => onPick(s, `${p.number}`)} className="source-picker-provision">
                          {t("citeFor", { number: p.number ?? "", heading: p.heading })}
                        </button>
                      ))}
                  </div>
                )}
              </li>
            );
          })}
        </ul>
      ) : null}
    </div>
  );
}
