import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { z } from "zod";
import { auditActorId, requireRole, type Actor } from "../actor";
import { db } from "../db";
import { AppError, parseInput } from "../errors";

const TOKEN_PREFIX = "tat_";
const hashOf = (token: string) => createHash("sha256").update(token).digest("hex");

const newTokenSchema = z.object({
  name: z.string().trim().min(1, { message: "is required: say what the token is for" }).max(100),
  expiresInDays: z.coerce.number().int().min(1).max(366).default(90),
});

/** Creates a personal API token. The token itself is returned once and never stored. */
export async function createApiToken({ actor, input, now = new Date() }: { actor: Actor; input: unknown; now?: Date }) {
  requireRole(actor, "VIEWER");
  if (actor.kind !== "user") throw new AppError("FORBIDDEN", "API tokens belong to a signed-in user.");
  const parsed = parseInput(newTokenSchema, input);
  const token = TOKEN_PREFIX + randomBytes(32).toString("base64url");
  const expiresAt = new Date(now.getTime() + parsed.expiresInDays * 86_400_000);
  return db.$transaction(async (tx) => {
    const row = await tx.apiToken.create({
      data: { userId: actor.id, name: parsed.name, tokenHash: hashOf(token), prefix: token.slice(0, TOKEN_PREFIX.length + 6), expiresAt },
      select: { id: true, name: true, prefix: true, expiresAt: true },
    });
    await tx.auditEvent.create({ data: { actorId: actor.id, action: "CREATE", entityType: "ApiToken", entityId: row.id, after: { name: row.name, prefix: row.prefix, expiresAt: expiresAt.toISOString() } } });
    return { ...row, token };
  });
}

/** Revokes one of the actor's own tokens. Someone else's token is "not found", not "forbidden". */
export async function revokeApiToken({ actor, input, now = new Date() }: { actor: Actor; input: { id: string }; now?: Date }) {
  requireRole(actor, "VIEWER");
  if (actor.kind !== "user") throw new AppError("FORBIDDEN", "API tokens belong to a signed-in user.");
  return db.$transaction(async (tx) => {
    const { count } = await tx.apiToken.updateMany({ where: { id: input.id, userId: actor.id, revokedAt: null }, data: { revokedAt: now } });
    if (count !== 1) throw new AppError("NOT_FOUND", "No such active token of yours.");
    await tx.auditEvent.create({ data: { actorId: actor.id, action: "DELETE", entityType: "ApiToken", entityId: input.id, after: { revokedAt: now.toISOString() } } });
  });
}

export async function listApiTokens(actor: Actor) {
  if (actor.kind !== "user") return [];
  return db.apiToken.findMany({
    where: { userId: actor.id },
    orderBy: { createdAt: "desc" },
    select: { id: true, name: true, prefix: true, createdAt: true, lastUsedAt: true, expiresAt: true, revokedAt: true },
  });
}

/** The user a Bearer token stands for; null when it is unknown, revoked, expired or its user disabled. */
export async function actorFromToken(token: string, now = new Date()): Promise<Actor | null> {
  if (!token.startsWith(TOKEN_PREFIX)) return null;
  const row = await db.apiToken.findUnique({
    where: { tokenHash: hashOf(token) },
    select: { id: true, revokedAt: true, expiresAt: true, user: { select: { id: true, role: true, disabledAt: true, timeZone: true } } },
  });
  if (!row || row.revokedAt || (row.expiresAt && row.expiresAt <= now) || row.user.disabledAt) return null;
  await db.apiToken.update({ where: { id: row.id }, data: { lastUsedAt: now } });
  return { kind: "user", id: row.user.id, role: row.user.role, timeZone: row.user.timeZone };
}
