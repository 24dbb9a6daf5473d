"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { SourcePicker } from "@/components/forms/SourcePicker";
import { ErrorList, messagesOf } from "@/components/forms/Field";
import { useFormReply } from "@/components/forms/use-form-reply";
import type { TranslationState } from "@/lib/core/translations";
import type { FormReply } from "@/lib/web/form-submission";

export type TranslationValues = {
  state: TranslationState;
  text: string;
  source: { slug: string; title: string } | null;
  sourceLocator: string;
  note: string;
  expectedVersion: number;
};

type Reply = FormReply & { conflict?: { current: Record<string, unknown>; yours: Record<string, unknown> } | null };

const STATES: readonly TranslationState[] = ["TRANSLATED", "OFFICIAL", "MISSING"];
const str = (v: unknown) => (typeof v === "string" ? v : "");

/**
 * One field's Ukrainian: the state, and what that state needs. The text is switched off (and so not
 * sent) when the text is missing, the source and its locator unless it is official, so that the
 * form cannot send what the state forbids; the server checks the same (translationInputSchema)
 * and names the field if it gets it anyway. A stale save shows both versions and keeps what was
 * typed, the next save made against the stored version.
 */
export function TranslationForm({ save, initial, lang }: { save: (previous: Reply | undefined, form: FormData) => Promise<Reply>; initial: TranslationValues; lang: string }) {
  const reply = useFormReply<Reply>(save);
  return <Inner key={reply.attempt} reply={reply} initial={initial} lang={lang} />;
}

function Inner({ reply: { reply, action, pending }, initial, lang }: { reply: ReturnType<typeof useFormReply<Reply>>; initial: TranslationValues; lang: string }) {
  const t = useTranslations("Translations.form");
  const sent = reply?.initialValue as Record<string, unknown> | undefined;
  const conflict = reply?.conflict ?? null;
  const [state, setState] = useState<TranslationState>(((sent ? str(sent.state).toUpperCase() : initial.state) || initial.state) as TranslationState);
  const [source, setSource] = useState<{ slug: string; title: string } | null>(() => {
    if (!sent) return initial.source;
    const slug = str(sent.source);
    if (!slug) return null;
    return { slug, title: initial.source?.slug === slug ? initial.source.title : slug };
  });
  const [locator, setLocator] = useState(sent ? str(sent.sourceLocator) : initial.sourceLocator);
  const errors = (name: string) => messagesOf(name, (reply?.error?.[name] ?? undefined) as string[] | undefined);
  const formErrors = (reply?.error?.[""] ?? []) as string[];
  const expectedVersion = conflict ? Number(conflict.current.version ?? initial.expectedVersion) : initial.expectedVersion;

  return (
    <form action={action} className="milestone-form" noValidate>
      {conflict ? (
        <div className="notice notice-warning" role="alert" id="translation-conflict">
          <h2>{t("conflictTitle")}</h2>
          <p>{formErrors[0] ?? t("conflictText")}</p>
          <div className="translation-conflict">
            <Side title={t("storedVersion", { version: String(conflict.current.version ?? "") })} side={conflict.current} lang={lang} />
            <Side title={t("yourVersion")} side={conflict.yours} lang={lang} />
          </div>
          <p>{t("conflictText")}</p>
        </div>
      ) : formErrors.length > 0 ? (
        <div className="notice notice-error" role="alert" id="form-error">
          <h2>{t("errorTitle")}</h2>
          {formErrors.map((m) => (
            <p key={m}>{m}</p>
          ))}
        </div>
      ) : null}
      <input type="hidden" name="expectedVersion" value={expectedVersion} />
      <fieldset className="form-section">
        <legend>{t("stateLabel")}</legend>
        <ErrorList id="state-error" messages={errors("state")} />
        {STATES.map((s) => (
          <div key={s} className="translation-choice">
            <input type="radio" id={`state-${s}`} name="state" value={s} checked={state === s} onChange={() => setState(s)} aria-describedby={`state-${s}-hint`} />
            <label htmlFor={`state-${s}`}>{t("stateWord", { state: s })}</label>
            <p className="field-hint" id={`state-${s}-hint`}>
              {t(`stateHints.${s}`)}
            </p>
          </div>
        ))}
      </fieldset>

      <div className={`form-field${errors("text").length ? " has-error" : ""}`}>
        <label htmlFor="field-text">{t("text")}</label>
        <p className="field-hint" id="field-text-hint">
          {t("textHint")}
        </p>
        <ErrorList id="field-text-error" messages={errors("text")} />
        <textarea
          id="field-text"
          name="text"
          lang={lang}
          rows={3}
          // A text switched off (missing) is not sent: a refused save shows the stored text again, not an empty box.
          defaultValue={sent && (str(sent.text) || str(sent.state).toUpperCase() !== "MISSING") ? str(sent.text) : initial.text}
          disabled={state === "MISSING"}
          aria-invalid={errors("text").length > 0}
          aria-describedby={`field-text-hint${errors("text").length ? " field-text-error" : ""}`}
        />
      </div>

      {state === "OFFICIAL" ? (
        <fieldset className="form-section">
          <legend>{t("source")}</legend>
          <p className="field-hint">{t("sourceHint")}</p>
          <ErrorList id="field-source-error" messages={errors("source")} />
          {source ? (
            <p id="chosen-source">
              {t("chosenSource", { title: source.title })} <code>{source.slug}</code>{" "}
              <button type="button" onClick={() => setSource(null)}>
                {t("clearSource")}
              </button>
            </p>
          ) : (
            <p className="muted">{t("noSource")}</p>
          )}
          <input type="hidden" name="source" value={source?.slug ?? ""} />
          <SourcePicker
            onPick={(s, at) => {
              setSource({ slug: s.slug, title: s.title });
              if (at) setLocator(at);
            }}
            citedAs={(slug) => (source?.slug === slug ? 1 : null)}
          />
          <div className={`form-field${errors("sourceLocator").length ? " has-error" : ""}`}>
            <label htmlFor="field-sourceLocator">{t("locator")}</label>
            <p className="field-hint" id="field-sourceLocator-hint">
              {t("locatorHint")}
            </p>
            <ErrorList id="field-sourceLocator-error" messages={errors("sourceLocator")} />
            <input id="field-sourceLocator" name="sourceLocator" type="text" value={locator} onChange={(e) => setLocator(e.target.value)} autoComplete="off" aria-describedby="field-sourceLocator-hint" />
          </div>
        </fieldset>
      ) : null}

      <div className={`form-field${errors("note").length ? " has-error" : ""}`}>
        <label htmlFor="field-note">{t("note")}</label>
        <p className="field-hint" id="field-note-hint">
          {t("noteHint")}
        </p>
        <ErrorList id="field-note-error" messages={errors("note")} />
        <textarea id="field-note" name="note" rows={2} defaultValue={sent ? str(sent.note) : initial.note} aria-describedby="field-note-hint" />
      </div>

      <p>
        <button type="submit" disabled={pending}>
          {pending ? t("saving") : t("save")}
        </button>
      </p>
    </form>
  );
}

function Side({ title, side, lang }: { title: string; side: Record<string, unknown>; lang: string }) {
  const t = useTranslations("Translations.form");
  const text = str(side.text);
  return (
    <section className="translation-side">
      <h3>{title}</h3>
      <p>
        <strong>{t("stateWord", { state: str(side.state) })}</strong>
      </p>
      <p lang={text ? lang : undefined}>{text || t("empty")}</p>
      {side.source ? (
        <p className="small">
          {str(side.source)}
          {side.sourceLocator ? `, ${str(side.sourceLocator)}` : ""}
        </p>
      ) : null}
      {side.note ? <p className="small">{str(side.note)}</p> : null}
    </section>
  );
}
