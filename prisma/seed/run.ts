/** `npm run db:seed`: loads the reference data into the configured database. */
import { databaseTarget } from "@/lib/server/env";
import { createDatabase } from "@/lib/server/prisma-client";
import { seedReferenceData } from "./seed";

const database = createDatabase(databaseTarget());
try {
  const report = await seedReferenceData(database.prisma);
  console.log(`Reference data: ${report.created} created, ${report.updated} updated, ${report.unchanged} unchanged, ${report.skippedEdited} kept as edited.`);
} finally {
  await database.close();
}
