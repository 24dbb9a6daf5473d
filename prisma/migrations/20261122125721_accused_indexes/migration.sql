-- CreateIndex
CREATE INDEX "CaseAccused_accusedId_idx" ON "CaseAccused"("accusedId");

-- CreateIndex
CREATE INDEX "Charge_accusedId_idx" ON "Charge"("accusedId");
