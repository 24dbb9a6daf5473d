export async function GET(): Promise<Response> {
  return Response.json({ error: { code: "NOT_FOUND", message: "Not built yet." } }, { status: 404 });
}
