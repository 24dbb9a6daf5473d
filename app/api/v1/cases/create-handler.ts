export async function POST(): Promise<Response> {
  return Response.json({ error: { code: "NOT_FOUND", message: "Not built yet." } }, { status: 404 });
}
