import { expect, test } from "@playwright/test";
import { e2eSql, insertTestUsers, signInAs } from "./support/users";

// Its own users and synthetic case, uniquely named: the browser tests' database is shared, and
// other specs may add cases and milestones at the same time.
const stamp = `${Date.now()}${Math.random().toString(36).slice(2, 6)}`;
const follower = { id: `e2e_follower_${stamp}`, email: `e2e-follower-${stamp}@example.org`, name: "E2E Follower", role: "VIEWER" as const };
const analyst = { id: `e2e_fanalyst_${stamp}`, email: `e2e-fanalyst-${stamp}@example.org`, name: "E2E Note Writer", role: "ANALYST" as const };
const caseSlug = `e2e-followed-case-${stamp}`;
const caseTitle = `Prosecutor v. Followed ${stamp}`;
const caseId = `e2e_case_${stamp}`;

test.beforeAll(async () => {
  await insertTestUsers([follower, analyst]);
  // A synthetic case before the Special Tribunal, at the investigation stage since long before the
  // follower joined (so that first stage is not an update).
  await e2eSql(
    `insert into "Case" (id, slug, title, "forumId", "situationId", stage, "stageOn", "stagePrecision", "openedOn", "openedPrecision", "isSynthetic", "createdAt", "updatedAt")
     select $1, $2, $3, (select id from "Forum" where slug = 'special-tribunal'), (select id from "Situation" where slug = 'ukraine'),
            'INVESTIGATION', '2022-03-02', 'DAY', '2022-03-02', 'DAY', true, now() - interval '1 day', now()`,
    [caseId, caseSlug, caseTitle],
  );
  await e2eSql(
    `insert into "StageChange" (id, "caseId", stage, "occurredOn", precision, "createdAt") values ($1, $2, 'INVESTIGATION', '2022-03-02', 'DAY', now() - interval '1 day')`,
    [`e2e_stage0_${stamp}`, caseId],
  );
});

test.afterAll(async () => {
  // Hide the synthetic case (deleting hides), so other specs' lists are not cluttered.
  await e2eSql(`update "Case" set "deletedAt" = now() where id = $1`, [caseId]);
});

test("an anonymous visitor is asked to sign in, and sees how following works", async ({ page }) => {
  await page.goto("/updates");
  await expect(page.getByRole("heading", { level: 1, name: "Updates" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Sign in" }).last()).toHaveAttribute("href", "/en/sign-in?callbackUrl=%2Fupdates");
  await page.goto("/forums/special-tribunal");
  await expect(page.getByRole("link", { name: "Sign in to follow this forum" })).toHaveAttribute("href", "/en/sign-in?callbackUrl=%2Fforums%2Fspecial-tribunal");
});

test("a user follows a case and a forum, sees what changed with why, marks it read, and reads it in a feed", async ({ page, request, baseURL }) => {
  await signInAs(page, follower.email, "/updates");
  await expect(page.getByTestId("updates-since")).toContainText("since you joined");
  await expect(page.getByTestId("updates-empty")).toContainText("You do not follow anything yet");
  await expect(page.getByRole("link", { name: "Updates", exact: true })).toBeVisible();

  // Follow a forum with its button (a plain form post), then the case through the API with the session.
  await page.goto("/forums/special-tribunal");
  await page.getByRole("button", { name: "Follow this forum" }).click();
  await expect(page.getByTestId("follow")).toContainText("Following ✓");
  const followed = await page.request.post("/api/v1/follows", { data: { target: "case", case: caseSlug }, headers: { Origin: baseURL! } });
  expect(followed.status()).toBe(201);
  // Following again changes nothing.
  expect((await page.request.post("/api/v1/follows", { data: { target: "case", case: caseSlug }, headers: { Origin: baseURL! } })).status()).toBe(200);

  await page.goto("/updates");
  await expect(page.getByTestId("updates-empty")).toContainText("You are up to date");
  await expect(page.getByTestId("follow-row")).toHaveCount(2);

  // Another user records a stage change and writes a note.
  await e2eSql(
    `insert into "StageChange" (id, "caseId", stage, "occurredOn", precision, "recordedById", "createdAt") values ($1, $2, 'WARRANT_OR_NOTICE_OF_SUSPICION', '2023-03-17', 'DAY', $3, now())`,
    [`e2e_stage1_${stamp}`, caseId, analyst.id],
  );
  await e2eSql(`update "Case" set stage = 'WARRANT_OR_NOTICE_OF_SUSPICION', "stageOn" = '2023-03-17', version = version + 1 where id = $1`, [caseId]);
  await e2eSql(
    `insert into "Annotation" (id, "caseId", "authorId", body, assessment, version, "createdAt", "updatedAt") values ($1, $2, $3, $4, 'STALLED', 1, now(), now())`,
    [`e2e_note_${stamp}`, caseId, analyst.id, "The warrant is **not yet enforced**."],
  );
  await e2eSql(
    `insert into "AnnotationVersion" (id, "annotationId", version, body, assessment, verified, "editedById", "createdAt") values ($1, $2, 1, $3, 'STALLED', false, $4, now())`,
    [`e2e_notev1_${stamp}`, `e2e_note_${stamp}`, "The warrant is **not yet enforced**.", analyst.id],
  );

  await page.goto("/updates");
  const ours = page.getByTestId("update-item").filter({ hasText: caseTitle });
  await expect(ours).toHaveCount(2);
  const stage = ours.filter({ hasText: "Stage change" });
  await expect(stage).toContainText("Stage: Investigation → Warrant or notice of suspicion, 17 March 2023");
  await expect(stage.getByTestId("update-reasons")).toContainText("You follow this case; You follow the Special Tribunal");
  await expect(stage).toContainText("by E2E Note Writer");
  const noteItem = ours.filter({ hasText: "New note" });
  await expect(noteItem).toContainText("The warrant is not yet enforced.");
  await expect(noteItem.getByRole("link", { name: new RegExp(caseTitle) })).toHaveAttribute("href", `/en/cases/${caseSlug}#note-e2e_note_${stamp}`);

  await page.getByRole("button", { name: "Mark all as read" }).click();
  await expect(page.getByText("Marked as read.")).toBeVisible();
  await expect(page.getByTestId("update-item").filter({ hasText: caseTitle })).toHaveCount(0);
  await expect(page.getByTestId("updates-since")).toContainText("since your last visit");

  // The private feed: created on the account page, shown once, serves Atom; replacing revokes the old.
  await page.goto("/account");
  await expect(page.getByTestId("feed-status")).toContainText("You have no feed address.");
  await page.getByRole("button", { name: "Create a feed address" }).click();
  const address = (await page.getByTestId("feed-address").textContent())!.trim();
  expect(address).toMatch(/\/updates\/feed\.xml\?token=tft_/);
  const feed = await request.get(address);
  expect(feed.status()).toBe(200);
  expect(feed.headers()["content-type"]).toContain("application/atom+xml");
  expect(feed.headers()["cache-control"]).toBe("private, no-store");
  expect(await feed.text()).toContain(caseTitle);

  await page.getByRole("button", { name: "Replace the feed address" }).click();
  await expect(page.getByText("New feed address: copy it now")).toBeVisible();
  const replaced = (await page.getByTestId("feed-address").textContent())!.trim();
  expect(replaced).not.toBe(address);
  expect((await request.get(address)).status()).toBe(404);
  expect((await request.get(replaced)).status()).toBe(200);
  await page.getByRole("button", { name: "Revoke the feed address" }).click();
  await expect(page.getByText("The feed address is revoked")).toBeVisible();
  expect((await request.get(replaced)).status()).toBe(404);

  // Unfollow from the Updates page.
  await page.goto("/updates");
  await page.getByRole("button", { name: /Unfollow forum/ }).click();
  await expect(page.getByTestId("follow-row")).toHaveCount(1);
  await page.getByRole("button", { name: /Unfollow case/ }).click();
  await expect(page.getByTestId("updates-empty")).toContainText("You do not follow anything yet");
});
