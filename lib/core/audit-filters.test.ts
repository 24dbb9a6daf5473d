import { describe, expect, it } from "vitest";
import { auditQuery, parseAuditFilters, type AuditFilterOptions } from "./audit-filters";

const options: AuditFilterOptions = {
  entity: [{ value: "Milestone", label: "Milestone" }, { value: "JurisdictionRule", label: "Jurisdiction rule" }],
  actor: [{ value: "maria@example.org", label: "Maria (maria@example.org)" }],
};

describe("parseAuditFilters", () => {
  it("reads known values (actions and e-mails in any case) and the cursor", () => {
    expect(parseAuditFilters({ entity: "Milestone", action: "update", actor: "Maria@Example.org", before: "120" }, options)).toEqual({
      filters: { entity: "Milestone", action: "UPDATE", actor: "maria@example.org", before: 120n },
      issues: [],
    });
    expect(parseAuditFilters({ actor: "system", entity: "" }, options).filters).toEqual({ actor: "system" });
  });

  it("ignores an unknown value, naming the parameter and the allowed values", () => {
    const { filters, issues } = parseAuditFilters({ entity: "Wizard", action: "PURGE", actor: "eve@example.org", before: "1; drop" }, options);
    expect(filters).toEqual({});
    expect(issues.map((i) => i.param)).toEqual(["entity", "action", "actor", "before"]);
    expect(issues[0]!.message).toContain("entity=Wizard");
    expect(issues[0]!.allowed.map((o) => o.value)).toEqual(["Milestone", "JurisdictionRule"]);
    expect(issues[1]!.allowed.map((o) => o.value)).toEqual(["CREATE", "UPDATE", "DELETE"]);
    expect(issues[2]!.allowed.map((o) => o.value)).toEqual(["system", "maria@example.org"]);
  });

  it("builds a stable query string with the cursor last", () => {
    expect(auditQuery({ actor: "system", entity: "Milestone" }, "42")).toBe("entity=Milestone&actor=system&before=42");
    expect(auditQuery({})).toBe("");
  });
});

