// GET /api/v1/jurisdiction: the "which forum?" answer, the same handler as /api/jurisdiction.
export { GET } from "@/app/api/jurisdiction/route";
