import { describe, expect, it } from "vitest";
import { fieldNameOf, filledRows, parameterOf } from "./form-submission";

const entries = (form: FormData) => [...form].map(([k, v]) => `${k}=${String(v)}`);

describe("filledRows", () => {
  const form = (pairs: [string, string][]) => {
    const f = new FormData();
    for (const [k, v] of pairs) f.append(k, v);
    return f;
  };
  const keep = new Set(["title", "sources", "accused"]);

  it.each([
    {
      name: "drops empty rows and renumbers the rest",
      sent: [["sources[0].title", " "], ["sources[1].title", "B"], ["sources[2].title", "C"]],
      read: ["sources[0].title=B", "sources[1].title=C"],
    },
    {
      name: "drops a row ticked remove even with text in it",
      sent: [["sources[0].title", "A"], ["sources[0].remove", "on"], ["sources[1].url", "https://x.org"]],
      read: ["sources[0].url=https://x.org"],
    },
    {
      name: "a row's hidden key alone does not keep it",
      sent: [["accused[0].key", "new-accused-1"], ["accused[1].key", "new-accused-2"], ["accused[1].name", "N"]],
      read: ["accused[0].key=new-accused-2", "accused[0].name=N"],
    },
    {
      name: "keeps only the schema's fields and Conform's intent",
      sent: [["title", "T"], ["milestone", "x"], ["intent", "save"], ["__intent__", "{}"]],
      read: ["title=T", "__intent__={}"],
    },
  ] as { name: string; sent: [string, string][]; read: string[] }[])("$name", ({ sent, read }) => {
    expect(entries(filledRows(form(sent), { rows: ["sources", "accused"], keep }))).toEqual(read);
  });
});

describe("field names and parameters", () => {
  it.each([
    ["sources.0.title", "sources[0].title"],
    ["charges.10.failedDuties.1", "charges[10].failedDuties[1]"],
    ["initialStage.date", "initialStage.date"],
    ["input", "input"],
  ])("%s ↔ %s", (parameter, name) => {
    expect(fieldNameOf(parameter)).toBe(name);
    expect(parameterOf(name)).toBe(parameter);
  });
});
