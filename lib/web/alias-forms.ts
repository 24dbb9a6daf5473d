/**
 * What the accused page's alias forms and their server actions (app/[locale]/accused/[slug]/actions.ts)
 * tell each other: the last change made (to say it once the page shows the new list) and a refusal.
 */
import type { FormReply } from "./form-submission";

/** A change that was made: which spelling, and when (the later of an add and a remove is the one said). */
export type AliasDone = { kind: "added" | "removed"; alias: string; at: number };

/** The add form's reply: Conform's, with the change made, or when it was refused. */
export type AliasFormReply = FormReply & { done?: AliasDone; refusedAt?: number };

/** The remove buttons' state: the last removal made, and the last refusal (said beside that spelling). */
export type AliasRemoval = { done: AliasDone | null; refused: { aliasId: string; message: string; at: number } | null };

export const NO_REMOVAL: AliasRemoval = { done: null, refused: null };
