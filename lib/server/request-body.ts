import "server-only";
import { AppError } from "./errors";

/** A request's JSON body; malformed or missing JSON is a 400 naming "body", never a 500. */
export async function jsonBody(request: Request, { optional = false } = {}): Promise<unknown> {
  const text = await request.text().catch(() => "");
  if (text.trim() === "") {
    if (optional) return undefined;
    throw AppError.invalidInput([{ parameter: "body", message: "body is required: send the fields as a JSON object (Content-Type: application/json)." }]);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw AppError.invalidInput([{ parameter: "body", message: "body is not valid JSON." }]);
  }
}
