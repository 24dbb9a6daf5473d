// GET /api/v1/coverage: the coverage matrix, the same handler as /api/coverage.
export { GET } from "@/app/api/coverage/route";
