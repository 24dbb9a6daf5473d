"use client";

import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import { useActionState } from "react";

/** What a delete action answers when it refuses (a stale version, a missing right). */
export type DeleteState = { message: string | null };

/**
 * The confirmation form of every delete page (milestone, case, note) and of restoring a case: it sends the version the
 * user read, so a record changed in the meantime is not deleted unread, and shows a refusal above
 * the buttons.
 */
export function ConfirmForm({
  action,
  fields,
  what,
  cancelHref,
  verb = "Delete",
}: {
  action: (state: DeleteState, form: FormData) => Promise<DeleteState>;
  /** Hidden fields: which record, and `expectedVersion`. */
  fields: Record<string, string | number>;
  /** "this milestone", "this case", "this note", in the page's language. */
  what: string;
  cancelHref: string;
  /** The button's verb ("Delete"; "Restore" for undoing a deletion). */
  verb?: "Delete" | "Restore";
}) {
  const t = useTranslations("Shared.confirmForm");
  const [state, formAction, pending] = useActionState<DeleteState, FormData>(action, { message: null });
  return (
    <form action={formAction} className="delete-form">
      {state.message ? (
        <p className="notice notice-error" role="alert">
          <strong>{verb === "Delete" ? t("notDeleted") : t("notRestored")}</strong> {state.message}
        </p>
      ) : null}
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <div className="form-actions">
        <button type="submit" className={verb === "Delete" ? "button-danger" : undefined} disabled={pending}>
          {pending ? (verb === "Delete" ? t("deleting") : t("restoring")) : verb === "Delete" ? t("delete", { what }) : t("restore", { what })}
        </button>
        {verb === "Delete" ? <Link href={cancelHref}>{t("cancel")}</Link> : null}
      </div>
    </form>
  );
}
