import "server-only";
import type { PolicyView } from "@/lib/core/views";
import type { Prisma } from "@/lib/generated/prisma/client";
import { sourceSelect, toCitation } from "./citation";
import { named } from "./rule-view";

/** A complementarity policy (policy, not jurisdiction) as the pages show it. */
export const policySelect = {
  slug: true,
  kind: true,
  statement: true,
  proposedBy: true,
  sourceLocator: true,
  forum: { select: { slug: true, name: true } },
  situation: { select: { slug: true, name: true } },
  crimes: named,
  accusedKinds: named,
  levels: named,
  source: { select: sourceSelect },
} as const satisfies Prisma.ComplementarityPolicySelect;

type PolicyRow = Prisma.ComplementarityPolicyGetPayload<{ select: typeof policySelect }>;

/** In the order the reference data gives them. */
export const policyOrder: Prisma.ComplementarityPolicyOrderByWithRelationInput[] = [{ sortOrder: "asc" }, { slug: "asc" }];

export function toPolicyView({ source, sourceLocator, ...row }: PolicyRow): PolicyView {
  return { ...row, citation: toCitation(source, sourceLocator) };
}
