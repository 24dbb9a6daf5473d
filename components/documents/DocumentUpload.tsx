"use client";

import { useLocale, useTranslations } from "next-intl";
import { useEffect, useId, useRef, useState } from "react";
import { localizeMessage } from "@/lib/core/message-texts";
import type { Locale } from "@/lib/core/locales";
import { useRouter } from "@/lib/i18n/navigation";
import { sizeIn } from "@/lib/core/document-display";
import { DropZone } from "./DropZone";
import styles from "./documents.module.css";

type Phase = "sending" | "storing" | "attached" | "already" | "refused";
type Item = { id: number; name: string; size: number; percent: number; phase: Phase; message: string | null };

/**
 * The upload area of a record's documents (analysts; docs/decisions/052-documents-in-the-browser.md).
 * Without the page's script it is a plain form posting one file to the API, which sends the browser
 * back to the page (`returnTo`). With it: files dropped or chosen, several at once, each sent on
 * its own (XMLHttpRequest, for the upload's progress, which fetch does not report) with a bar, and
 * its outcome named beside it: attached, already there, or refused with the tracker's reason in
 * the page's language. A refusal never takes the others or the page with it; each success
 * refreshes the list above.
 */
export function DocumentUpload({ action, returnTo, limit, headingLevel = "h3" }: { action: string; returnTo: string; limit: string; headingLevel?: "h3" | "h5" }) {
  const Heading = headingLevel;
  const t = useTranslations("Documents.upload");
  const locale = useLocale() as Locale;
  const router = useRouter();
  const [items, setItems] = useState<Item[]>([]);
  const [enhanced, setEnhanced] = useState(false);
  const [language, setLanguage] = useState("");
  const input = useRef<HTMLInputElement>(null);
  const next = useRef(0);
  const ids = useId();
  useEffect(() => setEnhanced(true), []);

  const update = (id: number, change: Partial<Item>) => setItems((all) => all.map((item) => (item.id === id ? { ...item, ...change } : item)));

  const reasonOf = (status: number, body: string): string => {
    try {
      const message = (JSON.parse(body) as { error?: { message?: unknown } }).error?.message;
      if (typeof message === "string" && message) return localizeMessage(message, locale);
    } catch {
      // Not the API's JSON (a proxy's page): said by the status below.
    }
    if (status === 401) return t("status401");
    if (status === 403) return t("status403");
    if (status === 413) return t("status413");
    if (status === 415) return t("status415");
    return t("statusOther", { status: String(status) });
  };

  const send = (file: File) => {
    const id = ++next.current;
    setItems((all) => [...all, { id, name: file.name, size: file.size, percent: 0, phase: "sending", message: null }]);
    const form = new FormData();
    if (language) form.append("language", language);
    form.append("file", file, file.name);
    const request = new XMLHttpRequest();
    request.open("POST", action);
    request.setRequestHeader("accept", "application/json");
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) update(id, { percent: Math.min(100, Math.round((event.loaded / event.total) * 100)) });
    };
    request.upload.onload = () => update(id, { percent: 100, phase: "storing" });
    request.onload = () => {
      if (request.status === 201 || request.status === 200) {
        update(id, { percent: 100, phase: request.status === 201 ? "attached" : "already" });
        router.refresh();
      } else {
        update(id, { phase: "refused", message: reasonOf(request.status, request.responseText) });
      }
    };
    request.onerror = () => update(id, { phase: "refused", message: t("brokeOff") });
    request.send(form);
  };

  const sendAll = (files: FileList | null) => {
    for (const file of Array.from(files ?? [])) send(file);
    if (input.current) input.current.value = "";
  };

  const finished = items.some((i) => i.phase === "attached" || i.phase === "already");

  return (
    <div className={styles.upload}>
      <Heading id={`${ids}-heading`}>{t("heading")}</Heading>
      <p className="muted small">{t("hint", { limit })}</p>
      <form
        method="post"
        encType="multipart/form-data"
        action={action}
        aria-labelledby={`${ids}-heading`}
        onSubmit={(event) => {
          // With the script, files go as they are chosen; the button sends what is still in the field.
          event.preventDefault();
          sendAll(input.current?.files ?? null);
        }}
      >
        <input type="hidden" name="returnTo" value={returnTo} />
        <div className={styles.fields}>
          <label>
            <span>{t("languageLabel")}</span>
            <select name="language" value={language} onChange={(event) => setLanguage(event.currentTarget.value)}>
              <option value="">{t("languageNone")}</option>
              <option value="uk">{t("languageUk")}</option>
              <option value="en">{t("languageEn")}</option>
            </select>
          </label>
        </div>
        <DropZone testId="document-drop" onFiles={sendAll}>
          {enhanced ? (
            <p>
              <strong>{t("drop")}</strong> {t("or")}
            </p>
          ) : null}
          {enhanced ? null : <label htmlFor={`${ids}-file`}>{t("chooseOne")} </label>}
          <input
            ref={input}
            id={`${ids}-file`}
            type="file"
            name="file"
            multiple={enhanced}
            required={!enhanced}
            className={enhanced ? styles.fileInput : undefined}
            data-testid="document-file"
            onChange={(event) => {
              if (enhanced) sendAll(event.currentTarget.files);
            }}
          />
          {enhanced ? (
            <label htmlFor={`${ids}-file`} className={styles.chooseButton}>
              {t("choose")}
            </label>
          ) : null}
        </DropZone>
        {enhanced ? null : (
          <p>
            <button type="submit">{t("submit")}</button>
          </p>
        )}
      </form>
      {items.length > 0 ? (
        <>
          <h4 className="visually-hidden">{t("results")}</h4>
          <ul className={styles.results} aria-live="polite" data-testid="upload-results">
            {items.map((item) => (
              <li
                key={item.id}
                data-testid="upload-result"
                data-phase={item.phase}
                className={`${styles.result} ${item.phase === "attached" || item.phase === "already" ? styles.resultDone : item.phase === "refused" ? styles.resultRefused : ""}`}
              >
                <strong>{item.name}</strong> <span className="muted">({sizeIn(item.size, locale)})</span>
                {item.phase === "sending" || item.phase === "storing" ? <progress max={100} value={item.percent} aria-label={item.name} /> : null}
                <div role={item.phase === "refused" ? "alert" : undefined}>
                  {item.phase === "sending"
                    ? t("sending", { percent: String(item.percent) })
                    : item.phase === "storing"
                      ? t("storing")
                      : item.phase === "attached"
                        ? t("attached")
                        : item.phase === "already"
                          ? t("already")
                          : t("refused", { reason: item.message ?? "" })}
                </div>
              </li>
            ))}
          </ul>
          {finished ? (
            <p>
              <button type="button" className={`${styles.secondary} ${styles.small}`} onClick={() => setItems((all) => all.filter((i) => i.phase === "sending" || i.phase === "storing" || i.phase === "refused"))}>
                {t("dismiss")}
              </button>
            </p>
          ) : null}
        </>
      ) : null}
    </div>
  );
}
