/** `npm run db:seed`: loads the reference data into the configured database. */
import { databaseTarget } from "@/lib/server/env";
import { ensurePrismaClient } from "@/scripts/lib/build";
import { prismaEnv } from "@/scripts/lib/prisma-cli";

const target = databaseTarget();
await ensurePrismaClient(prismaEnv(target));
// Loaded only now: on a fresh clone the Prisma client exists only after ensurePrismaClient.
const { createDatabase } = await import("@/lib/server/prisma-client");
const { seedReferenceData } = await import("./seed");
const database = createDatabase(target);
try {
  const report = await seedReferenceData(database.prisma);
  console.log(`Reference data: ${report.created} created, ${report.updated} updated, ${report.unchanged} unchanged, ${report.skippedEdited} kept as edited.`);
} finally {
  await database.close();
}
