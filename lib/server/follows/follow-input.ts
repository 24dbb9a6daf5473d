import "server-only";
import { z } from "zod";

/** The input both the API and the Follow buttons send: a case, a forum, or a saved case-list search. */

const slug = (what: string) =>
  z
    .string({ message: `is required: the ${what}'s slug, as in its address` })
    .trim()
    .min(1, { message: `is required: the ${what}'s slug, as in its address` })
    .max(200);

export const followInputSchema = z.discriminatedUnion(
  "target",
  [
    z.object({ target: z.literal("case"), case: slug("case") }).strict(),
    z.object({ target: z.literal("forum"), forum: slug("forum") }).strict(),
    z
      .object({
        target: z.literal("search"),
        query: z.string({ message: "is required: the case list's query string, e.g. crime=war-crimes&forum=icc" }).max(2000, { message: "is too long (at most 2,000 characters)" }),
        name: z.string().trim().max(120, { message: "is too long (at most 120 characters)" }).optional(),
      })
      .strict(),
  ],
  { message: "must be one of: case, forum, search" },
);
