"use client";

import { useForm } from "@conform-to/react";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { TextField } from "@/components/forms/Field";
import { useFormReply, type FormReplyState } from "@/components/forms/use-form-reply";
import { NO_REMOVAL, type AliasDone, type AliasFormReply, type AliasRemoval } from "@/lib/web/alias-forms";
import styles from "./case.module.css";

type Props = {
  slug: string;
  /** The accused's name, as the page shows it. */
  name: string;
  /** The accused's updatedAt as this page read it: every change is checked against it. */
  updatedAt: string;
  aliases: { id: string; name: string }[];
  add: (previous: AliasFormReply | undefined, form: FormData) => Promise<AliasFormReply>;
  remove: (previous: AliasRemoval, form: FormData) => Promise<AliasRemoval>;
};

/**
 * The other spellings of an accused's name as analysts and admins see them: each with a Remove
 * button, and a form to add one. The page passes the server actions; after a change it shows the
 * new list (the page is re-rendered) and says what changed. A refusal is said beside the field
 * (or beside the spelling that was not removed), and nothing is written.
 */
export function AliasEditor({ slug, name, updatedAt, aliases, add, remove }: Props) {
  const t = useTranslations("Aliases");
  const adding = useFormReply<AliasFormReply>(add);
  const [removal, removeAction, removing] = useActionState(remove, NO_REMOVAL);
  // The last change made, unless something was refused since.
  const dones = [adding.reply?.done, removal.done].filter((d): d is AliasDone => !!d).sort((x, y) => y.at - x.at);
  const refusedAt = Math.max(adding.reply?.refusedAt ?? 0, removal.refused?.at ?? 0);
  const done = dones[0] && dones[0].at > refusedAt ? dones[0] : null;
  return (
    <>
      <div role="status" className={styles.aliasStatus}>
        {done ? <p className="notice notice-success">{done.kind === "added" ? t("added", { alias: done.alias, name }) : t("removed", { alias: done.alias, name })}</p> : null}
      </div>
      {aliases.length === 0 ? (
        <p className="muted">{t("none")}</p>
      ) : (
        <>
          <ul className={styles.aliasList} aria-label={t("listLabel", { name })}>
            {aliases.map((alias) => {
              const refused = removal.refused?.aliasId === alias.id ? removal.refused.message : null;
              return (
                <li key={alias.id} className={styles.aliasItem}>
                  <span className={styles.aliasName}>{alias.name}</span>
                  <form action={removeAction} className={styles.aliasRemove}>
                    <input type="hidden" name="accused" value={slug} />
                    <input type="hidden" name="alias" value={alias.id} />
                    <input type="hidden" name="aliasName" value={alias.name} />
                    <input type="hidden" name="expectedUpdatedAt" value={updatedAt} />
                    <button type="submit" disabled={removing} aria-label={t("removeLabel", { alias: alias.name })}>
                      {t("remove")}
                    </button>
                  </form>
                  {refused ? (
                    <p className={`field-error ${styles.aliasRefusal}`} role="alert">
                      <strong>{t("notRemoved")}</strong> {refused}
                    </p>
                  ) : null}
                </li>
              );
            })}
          </ul>
          <p className="muted small">{t("hint", { name })}</p>
        </>
      )}
      <AddAliasForm key={adding.attempt} state={adding} slug={slug} name={name} updatedAt={updatedAt} />
    </>
  );
}

/** The field and its button; re-mounted at each reply (its key), showing what was sent after a refusal, empty after a success. */
function AddAliasForm({ state, slug, name, updatedAt }: { state: FormReplyState<AliasFormReply>; slug: string; name: string; updatedAt: string }) {
  const t = useTranslations("Aliases");
  const { action, pending, reply, result } = state;
  const [form, fields] = useForm<{ name: string; expectedUpdatedAt: string }>({ lastResult: result, defaultValue: reply?.status === "error" ? (reply.initialValue as never) : undefined });
  // The field's own refusal (empty, a spelling already held) or else the form's (a stale page, a missing right): one field, one place.
  const errors = fields.name.errors?.length ? fields.name.errors : (form.errors ?? []);
  const meta = { name: fields.name.name, key: fields.name.key, initialValue: fields.name.initialValue, errors };
  return (
    <form id={form.id} action={action} className={styles.aliasAdd} noValidate>
      <input type="hidden" name="accused" value={slug} />
      <input type="hidden" name="expectedUpdatedAt" value={updatedAt} />
      <TextField meta={meta} id="alias-name" label={t("addLabel")} hint={t("addHint", { name })} required className={styles.aliasField} />
      <button type="submit" disabled={pending}>
        {pending ? t("adding") : t("add")}
      </button>
    </form>
  );
}
