-- CreateIndex
CREATE INDEX "Case_stageOn_id_deletedAt_idx" ON "Case"("stageOn" DESC, "id" DESC, "deletedAt");

-- CreateIndex
CREATE INDEX "Case_openedOn_id_deletedAt_idx" ON "Case"("openedOn" DESC, "id" DESC, "deletedAt");

-- CreateIndex
CREATE INDEX "Case_reference_id_deletedAt_idx" ON "Case"("reference", "id", "deletedAt");

-- CreateIndex
CREATE INDEX "Case_title_id_deletedAt_idx" ON "Case"("title", "id", "deletedAt");

-- CreateIndex
CREATE INDEX "Case_forumId_situationId_stage_openedOn_deletedAt_id_idx" ON "Case"("forumId", "situationId", "stage", "openedOn", "deletedAt", "id");

-- CreateIndex
CREATE INDEX "Milestone_occurredOn_title_id_deletedAt_idx" ON "Milestone"("occurredOn" DESC, "title", "id", "deletedAt");
