"use client";

import { useActionState, useMemo } from "react";
import type { FormReply } from "@/lib/web/form-submission";

/**
 * A form's server action and its last reply, as every Conform form here uses them. The form
 * re-mounts on each reply (key it by `attempt`) and starts from the values sent back, so Conform
 * is handed the reply's errors only (`result`), one object per reply: a new object at each render
 * would make Conform report it again and again.
 */
export function useFormReply<Reply extends FormReply = FormReply>(save: (previous: Reply | undefined, form: FormData) => Promise<Reply>) {
  const [reply, action, pending] = useActionState(save, undefined);
  const result = useMemo(() => (reply ? { ...reply, initialValue: undefined } : undefined), [reply]);
  return { reply, result, action, pending, attempt: reply?.attempt ?? 0 };
}

/** What a form's fields get from useFormReply. */
export type FormReplyState<Reply extends FormReply = FormReply> = ReturnType<typeof useFormReply<Reply>>;
