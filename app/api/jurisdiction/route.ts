import { isoToday } from "@/lib/core/dates";
import { queryOf, respond } from "@/lib/server/http";
import { answerJurisdiction } from "@/lib/server/jurisdiction";

/**
 * GET /api/jurisdiction?crime=&accused=&level=&mode=&situation=&asOf=YYYY-MM-DD
 * Which forums cover the profile on that date, and why. 400 names any bad parameter.
 */
export async function GET(request: Request): Promise<Response> {
  return respond(async () => {
    const { answer } = await answerJurisdiction({
      query: queryOf(new URL(request.url).searchParams),
      today: isoToday(new Date()),
    });
    return Response.json({
      asOf: answer.asOf,
      profile: answer.profile,
      gap: answer.gap,
      forums: answer.forums.map((f) => ({ forum: f.forum.slug, forumName: f.forum.name, status: f.status, reasons: f.reasons })),
    });
  });
}
