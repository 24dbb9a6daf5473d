import { requireRole } from "@/lib/server/actor";
import { currentActor } from "@/lib/server/auth";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { respond } from "@/lib/server/http";

/**
 * GET /api/v1/me — who the credentials stand for: `{ email, name, role }`. A script checks its API
 * token with it (`Authorization: Bearer …`); 401 without credentials or with a revoked token.
 */
export async function GET(request: Request): Promise<Response> {
  return respond(async () => {
    const actor = await currentActor(request);
    requireRole(actor, "VIEWER");
    if (actor.kind !== "user") throw new AppError("UNAUTHENTICATED", "Sign in or send an API token.");
    const user = await db.user.findUnique({ where: { id: actor.id }, select: { email: true, name: true, role: true } });
    if (!user) throw new AppError("UNAUTHENTICATED", "The account no longer exists.");
    return Response.json({ email: user.email, name: user.name, role: user.role.toLowerCase() }, { headers: { "cache-control": "no-store" } });
  });
}
