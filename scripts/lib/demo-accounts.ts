/**
 * Demo accounts for the embedded database only (`npm start` with no DATABASE_URL): one per role,
 * marked isDemo, with a fresh random password at every start, printed to the console. A server
 * database never gets them: its first admin comes from `npm run user:create`.
 */
import { randomBytes } from "node:crypto";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { hashPassword } from "@/lib/server/passwords";

export const DEMO_ACCOUNTS = [
  { email: "admin@demo.invalid", name: "Demo admin", role: "ADMIN" },
  { email: "analyst@demo.invalid", name: "Demo analyst", role: "ANALYST" },
  { email: "viewer@demo.invalid", name: "Demo viewer", role: "VIEWER" },
] as const;

export async function resetDemoAccounts(prisma: PrismaClient): Promise<{ email: string; role: string; password: string }[]> {
  const printed = [];
  for (const account of DEMO_ACCOUNTS) {
    const password = randomBytes(12).toString("base64url");
    const passwordHash = await hashPassword(password);
    await prisma.$transaction(async (tx) => {
      const existing = await tx.user.findUnique({ where: { email: account.email }, select: { id: true, isDemo: true } });
      if (existing && !existing.isDemo) return; // a real account with that address: leave it alone
      const user = await tx.user.upsert({
        where: { email: account.email },
        create: { ...account, passwordHash, isDemo: true },
        update: { passwordHash, role: account.role, disabledAt: null },
        select: { id: true },
      });
      await tx.auditEvent.create({ data: { action: existing ? "UPDATE" : "CREATE", entityType: "User", entityId: user.id, note: "demo account (embedded database): password reset at start", after: { email: account.email, role: account.role } } });
    });
    printed.push({ email: account.email, role: account.role.toLowerCase(), password });
  }
  return printed;
}
