"use server";

import { attachablePath } from "@/lib/core/document-display";
import { ATTACHABLE, type Attachable } from "@/lib/core/document-input";
import { redirectInLocale } from "@/lib/i18n/redirect";
import { refusalOf, requestLocale } from "@/lib/server/action";
import { currentActor } from "@/lib/server/auth";
import { removeDocument } from "@/lib/server/documents/remove-document";

/**
 * Removes a document from a record, from the confirmation beside it on the record's page (the
 * session's user is the actor; the use case checks the role and the version the page showed).
 * On success, back to the record's documents, saying so; a refusal comes back to the form.
 */
export async function removeDocumentAction(_state: { message: string | null }, form: FormData): Promise<{ message: string | null }> {
  const kind = String(form.get("kind") ?? "") as Attachable;
  const slug = String(form.get("slug") ?? "");
  // A note's documents are addressed through its case (decision 056).
  const caseSlug = kind === "note" ? String(form.get("caseSlug") ?? "") : undefined;
  try {
    if (!ATTACHABLE.includes(kind)) throw new Error(`unknown kind of record ${kind}`);
    const version = String(form.get("expectedVersion") ?? "");
    await removeDocument({ actor: await currentActor(), kind, slug, caseSlug, sha256: String(form.get("sha256") ?? ""), input: { expectedVersion: /^\d+$/.test(version) ? Number(version) : version } });
  } catch (error) {
    return { message: refusalOf(error, "removing a document", await requestLocale()).message };
  }
  return await redirectInLocale(`${attachablePath(kind, slug, caseSlug)}?document=removed#${kind === "note" ? `note-${slug}` : "documents"}`);
}
