import { db } from "@/lib/server/db";

export default async function HomePage() {
  const forums = await db.forum.count();
  const milestones = await db.milestone.count({ where: { deletedAt: null } });
  return <main><h1>Accountability tracker</h1><p>{forums} forums, {milestones} milestones</p></main>;
}
