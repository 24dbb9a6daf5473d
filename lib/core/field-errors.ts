import type { z } from "zod";

/** zod issues as field errors: the field's name and what is wrong with it. */
export function fieldErrors(error: z.ZodError): { parameter: string; message: string }[] {
  return error.issues.map((issue) => {
    const parameter = issue.path.length > 0 ? issue.path.join(".") : "input";
    const message = issue.code === "unrecognized_keys" ? `unknown field(s): ${issue.keys.join(", ")}` : issue.message;
    return { parameter, message: `${parameter} ${message}` };
  });
}
