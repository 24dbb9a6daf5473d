-- CreateEnum
CREATE TYPE "SourceKind" AS ENUM ('SEED_POST', 'OFFICIAL', 'OTHER', 'SYNTHETIC');

-- CreateEnum
CREATE TYPE "DatePrecision" AS ENUM ('DAY', 'MONTH', 'YEAR');

-- CreateEnum
CREATE TYPE "ForumKind" AS ENUM ('PERMANENT_INTERNATIONAL_COURT', 'SPECIAL_TRIBUNAL', 'NATIONAL_COURTS');

-- CreateEnum
CREATE TYPE "InstrumentKind" AS ENUM ('TREATY', 'STATUTE', 'CODE', 'CONSTITUTION', 'AGREEMENT', 'RESOLUTION', 'DECLARATION', 'MEMORANDUM', 'PROPOSAL');

-- CreateEnum
CREATE TYPE "RuleEffect" AS ENUM ('COVERS', 'EXCLUDES', 'CONDITIONAL');

-- CreateEnum
CREATE TYPE "CaseStage" AS ENUM ('PRELIMINARY_EXAMINATION', 'INVESTIGATION', 'WARRANT_OR_NOTICE_OF_SUSPICION', 'ARREST_OR_SURRENDER', 'CONFIRMATION_OR_INDICTMENT', 'TRIAL', 'JUDGMENT', 'APPEAL', 'REPARATIONS', 'CLOSED');

-- CreateEnum
CREATE TYPE "KnowledgeStandard" AS ENUM ('KNEW', 'SHOULD_HAVE_KNOWN');

-- CreateEnum
CREATE TYPE "FailedDuty" AS ENUM ('PREVENT', 'REPRESS', 'SUBMIT_TO_AUTHORITIES');

-- CreateEnum
CREATE TYPE "ProgressAssessment" AS ENUM ('ADVANCING', 'STALLED', 'BLOCKED', 'CONCLUDED');

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('VIEWER', 'ANALYST', 'ADMIN');

-- CreateEnum
CREATE TYPE "AuditAction" AS ENUM ('CREATE', 'UPDATE', 'DELETE');

-- CreateTable
CREATE TABLE "Source" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "kind" "SourceKind" NOT NULL,
    "title" TEXT NOT NULL,
    "publisher" TEXT,
    "authors" TEXT,
    "url" TEXT,
    "publishedOn" DATE,
    "publishedOnPrecision" "DatePrecision",
    "note" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Source_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Forum" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "shortName" TEXT NOT NULL,
    "kind" "ForumKind" NOT NULL,
    "description" TEXT NOT NULL,
    "legalBasisId" TEXT,
    "establishedOn" DATE,
    "establishedOnPrecision" "DatePrecision",
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "sourceId" TEXT NOT NULL,
    "sourceLocator" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Forum_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Instrument" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "shortTitle" TEXT NOT NULL,
    "kind" "InstrumentKind" NOT NULL,
    "description" TEXT NOT NULL,
    "adoptedOn" DATE,
    "adoptedOnPrecision" "DatePrecision",
    "sourceId" TEXT NOT NULL,
    "sourceLocator" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Instrument_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Provision" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "instrumentId" TEXT NOT NULL,
    "number" TEXT,
    "heading" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "sourceId" TEXT NOT NULL,
    "sourceLocator" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Provision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CrimeCategory" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "sourceId" TEXT NOT NULL,
    "sourceLocator" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CrimeCategory_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ModeOfLiability" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "provisionId" TEXT,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "sourceId" TEXT NOT NULL,
    "sourceLocator" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ModeOfLiability_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ResponsibilityLevel" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "sourceId" TEXT NOT NULL,
    "sourceLocator" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ResponsibilityLevel_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AccusedKind" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "sourceId" TEXT NOT NULL,
    "sourceLocator" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AccusedKind_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Situation" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "sourceId" TEXT NOT NULL,
    "sourceLocator" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Situation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "JurisdictionRule" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "forumId" TEXT NOT NULL,
    "situationId" TEXT,
    "effect" "RuleEffect" NOT NULL,
    "summary" TEXT NOT NULL,
    "condition" TEXT,
    "validFrom" DATE,
    "validFromPrecision" "DatePrecision" NOT NULL DEFAULT 'DAY',
    "validTo" DATE,
    "validToPrecision" "DatePrecision" NOT NULL DEFAULT 'DAY',
    "openedById" TEXT,
    "closedById" TEXT,
    "provisionId" TEXT NOT NULL,
    "sourceId" TEXT NOT NULL,
    "sourceLocator" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "deletedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "JurisdictionRule_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MilestoneTrack" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "MilestoneTrack_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MilestoneType" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "MilestoneType_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Milestone" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "whatChanged" TEXT,
    "occurredOn" DATE NOT NULL,
    "precision" "DatePrecision" NOT NULL,
    "trackId" TEXT NOT NULL,
    "typeId" TEXT NOT NULL,
    "situationId" TEXT,
    "isSynthetic" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    "deletedAt" TIMESTAMP(3),
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Milestone_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MilestoneSource" (
    "milestoneId" TEXT NOT NULL,
    "sourceId" TEXT NOT NULL,
    "locator" TEXT,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "MilestoneSource_pkey" PRIMARY KEY ("milestoneId","sourceId")
);

-- CreateTable
CREATE TABLE "Case" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "reference" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT,
    "forumId" TEXT NOT NULL,
    "situationId" TEXT NOT NULL,
    "stage" "CaseStage" NOT NULL,
    "inAbsentia" BOOLEAN NOT NULL DEFAULT false,
    "isSynthetic" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    "deletedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Case_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CaseSource" (
    "caseId" TEXT NOT NULL,
    "sourceId" TEXT NOT NULL,
    "locator" TEXT,

    CONSTRAINT "CaseSource_pkey" PRIMARY KEY ("caseId","sourceId")
);

-- CreateTable
CREATE TABLE "Accused" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "kindId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "nameOriginal" TEXT,
    "rank" TEXT,
    "levelId" TEXT,
    "description" TEXT,
    "isSynthetic" BOOLEAN NOT NULL DEFAULT false,
    "deletedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Accused_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CaseAccused" (
    "caseId" TEXT NOT NULL,
    "accusedId" TEXT NOT NULL,

    CONSTRAINT "CaseAccused_pkey" PRIMARY KEY ("caseId","accusedId")
);

-- CreateTable
CREATE TABLE "Charge" (
    "id" TEXT NOT NULL,
    "caseId" TEXT NOT NULL,
    "accusedId" TEXT,
    "crimeId" TEXT NOT NULL,
    "modeId" TEXT NOT NULL,
    "provisionId" TEXT,
    "description" TEXT,
    "knowledgeStandard" "KnowledgeStandard",
    "failedDuties" "FailedDuty"[],
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Charge_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StageChange" (
    "id" TEXT NOT NULL,
    "caseId" TEXT NOT NULL,
    "stage" "CaseStage" NOT NULL,
    "occurredOn" DATE NOT NULL,
    "precision" "DatePrecision" NOT NULL,
    "inAbsentia" BOOLEAN NOT NULL DEFAULT false,
    "note" TEXT,
    "sourceId" TEXT,
    "recordedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StageChange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Annotation" (
    "id" TEXT NOT NULL,
    "caseId" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "assessment" "ProgressAssessment" NOT NULL,
    "verified" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    "deletedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Annotation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AnnotationVersion" (
    "id" TEXT NOT NULL,
    "annotationId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "body" TEXT NOT NULL,
    "assessment" "ProgressAssessment" NOT NULL,
    "verified" BOOLEAN NOT NULL,
    "editedById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AnnotationVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "role" "Role" NOT NULL DEFAULT 'VIEWER',
    "passwordHash" TEXT,
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "disabledAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorId" TEXT,
    "action" "AuditAction" NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "before" JSONB,
    "after" JSONB,
    "note" TEXT,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "_ForumToMilestone" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_ForumToMilestone_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateTable
CREATE TABLE "_InstrumentToMilestone" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_InstrumentToMilestone_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateTable
CREATE TABLE "_CrimeCategoryToJurisdictionRule" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_CrimeCategoryToJurisdictionRule_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateTable
CREATE TABLE "_AccusedKindToJurisdictionRule" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_AccusedKindToJurisdictionRule_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateTable
CREATE TABLE "_JurisdictionRuleToResponsibilityLevel" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_JurisdictionRuleToResponsibilityLevel_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateTable
CREATE TABLE "_JurisdictionRuleToModeOfLiability" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_JurisdictionRuleToModeOfLiability_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateTable
CREATE TABLE "_MilestoneLinkedRules" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_MilestoneLinkedRules_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateTable
CREATE TABLE "_CaseToMilestone" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_CaseToMilestone_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex
CREATE UNIQUE INDEX "Source_slug_key" ON "Source"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Forum_slug_key" ON "Forum"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Instrument_slug_key" ON "Instrument"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Provision_slug_key" ON "Provision"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Provision_instrumentId_number_key" ON "Provision"("instrumentId", "number");

-- CreateIndex
CREATE UNIQUE INDEX "CrimeCategory_slug_key" ON "CrimeCategory"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "ModeOfLiability_slug_key" ON "ModeOfLiability"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "ResponsibilityLevel_slug_key" ON "ResponsibilityLevel"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "AccusedKind_slug_key" ON "AccusedKind"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Situation_slug_key" ON "Situation"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "JurisdictionRule_slug_key" ON "JurisdictionRule"("slug");

-- CreateIndex
CREATE INDEX "JurisdictionRule_forumId_idx" ON "JurisdictionRule"("forumId");

-- CreateIndex
CREATE UNIQUE INDEX "MilestoneTrack_slug_key" ON "MilestoneTrack"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "MilestoneType_slug_key" ON "MilestoneType"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Milestone_slug_key" ON "Milestone"("slug");

-- CreateIndex
CREATE INDEX "Milestone_occurredOn_idx" ON "Milestone"("occurredOn");

-- CreateIndex
CREATE INDEX "Milestone_trackId_occurredOn_idx" ON "Milestone"("trackId", "occurredOn");

-- CreateIndex
CREATE UNIQUE INDEX "Case_slug_key" ON "Case"("slug");

-- CreateIndex
CREATE INDEX "Case_situationId_stage_idx" ON "Case"("situationId", "stage");

-- CreateIndex
CREATE UNIQUE INDEX "Case_forumId_reference_key" ON "Case"("forumId", "reference");

-- CreateIndex
CREATE UNIQUE INDEX "Accused_slug_key" ON "Accused"("slug");

-- CreateIndex
CREATE INDEX "Charge_caseId_idx" ON "Charge"("caseId");

-- CreateIndex
CREATE INDEX "Charge_crimeId_idx" ON "Charge"("crimeId");

-- CreateIndex
CREATE INDEX "StageChange_caseId_occurredOn_idx" ON "StageChange"("caseId", "occurredOn");

-- CreateIndex
CREATE INDEX "Annotation_caseId_createdAt_idx" ON "Annotation"("caseId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "AnnotationVersion_annotationId_version_key" ON "AnnotationVersion"("annotationId", "version");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "AuditEvent_entityType_entityId_at_idx" ON "AuditEvent"("entityType", "entityId", "at");

-- CreateIndex
CREATE INDEX "AuditEvent_at_idx" ON "AuditEvent"("at");

-- CreateIndex
CREATE INDEX "_ForumToMilestone_B_index" ON "_ForumToMilestone"("B");

-- CreateIndex
CREATE INDEX "_InstrumentToMilestone_B_index" ON "_InstrumentToMilestone"("B");

-- CreateIndex
CREATE INDEX "_CrimeCategoryToJurisdictionRule_B_index" ON "_CrimeCategoryToJurisdictionRule"("B");

-- CreateIndex
CREATE INDEX "_AccusedKindToJurisdictionRule_B_index" ON "_AccusedKindToJurisdictionRule"("B");

-- CreateIndex
CREATE INDEX "_JurisdictionRuleToResponsibilityLevel_B_index" ON "_JurisdictionRuleToResponsibilityLevel"("B");

-- CreateIndex
CREATE INDEX "_JurisdictionRuleToModeOfLiability_B_index" ON "_JurisdictionRuleToModeOfLiability"("B");

-- CreateIndex
CREATE INDEX "_MilestoneLinkedRules_B_index" ON "_MilestoneLinkedRules"("B");

-- CreateIndex
CREATE INDEX "_CaseToMilestone_B_index" ON "_CaseToMilestone"("B");

-- AddForeignKey
ALTER TABLE "Forum" ADD CONSTRAINT "Forum_legalBasisId_fkey" FOREIGN KEY ("legalBasisId") REFERENCES "Instrument"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Forum" ADD CONSTRAINT "Forum_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Instrument" ADD CONSTRAINT "Instrument_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Provision" ADD CONSTRAINT "Provision_instrumentId_fkey" FOREIGN KEY ("instrumentId") REFERENCES "Instrument"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Provision" ADD CONSTRAINT "Provision_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CrimeCategory" ADD CONSTRAINT "CrimeCategory_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ModeOfLiability" ADD CONSTRAINT "ModeOfLiability_provisionId_fkey" FOREIGN KEY ("provisionId") REFERENCES "Provision"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ModeOfLiability" ADD CONSTRAINT "ModeOfLiability_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ResponsibilityLevel" ADD CONSTRAINT "ResponsibilityLevel_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AccusedKind" ADD CONSTRAINT "AccusedKind_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Situation" ADD CONSTRAINT "Situation_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "JurisdictionRule" ADD CONSTRAINT "JurisdictionRule_forumId_fkey" FOREIGN KEY ("forumId") REFERENCES "Forum"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "JurisdictionRule" ADD CONSTRAINT "JurisdictionRule_situationId_fkey" FOREIGN KEY ("situationId") REFERENCES "Situation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "JurisdictionRule" ADD CONSTRAINT "JurisdictionRule_openedById_fkey" FOREIGN KEY ("openedById") REFERENCES "Milestone"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "JurisdictionRule" ADD CONSTRAINT "JurisdictionRule_closedById_fkey" FOREIGN KEY ("closedById") REFERENCES "Milestone"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "JurisdictionRule" ADD CONSTRAINT "JurisdictionRule_provisionId_fkey" FOREIGN KEY ("provisionId") REFERENCES "Provision"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "JurisdictionRule" ADD CONSTRAINT "JurisdictionRule_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Milestone" ADD CONSTRAINT "Milestone_trackId_fkey" FOREIGN KEY ("trackId") REFERENCES "MilestoneTrack"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Milestone" ADD CONSTRAINT "Milestone_typeId_fkey" FOREIGN KEY ("typeId") REFERENCES "MilestoneType"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Milestone" ADD CONSTRAINT "Milestone_situationId_fkey" FOREIGN KEY ("situationId") REFERENCES "Situation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Milestone" ADD CONSTRAINT "Milestone_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MilestoneSource" ADD CONSTRAINT "MilestoneSource_milestoneId_fkey" FOREIGN KEY ("milestoneId") REFERENCES "Milestone"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MilestoneSource" ADD CONSTRAINT "MilestoneSource_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Case" ADD CONSTRAINT "Case_forumId_fkey" FOREIGN KEY ("forumId") REFERENCES "Forum"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Case" ADD CONSTRAINT "Case_situationId_fkey" FOREIGN KEY ("situationId") REFERENCES "Situation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseSource" ADD CONSTRAINT "CaseSource_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseSource" ADD CONSTRAINT "CaseSource_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Accused" ADD CONSTRAINT "Accused_kindId_fkey" FOREIGN KEY ("kindId") REFERENCES "AccusedKind"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Accused" ADD CONSTRAINT "Accused_levelId_fkey" FOREIGN KEY ("levelId") REFERENCES "ResponsibilityLevel"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseAccused" ADD CONSTRAINT "CaseAccused_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseAccused" ADD CONSTRAINT "CaseAccused_accusedId_fkey" FOREIGN KEY ("accusedId") REFERENCES "Accused"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Charge" ADD CONSTRAINT "Charge_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Charge" ADD CONSTRAINT "Charge_accusedId_fkey" FOREIGN KEY ("accusedId") REFERENCES "Accused"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Charge" ADD CONSTRAINT "Charge_crimeId_fkey" FOREIGN KEY ("crimeId") REFERENCES "CrimeCategory"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Charge" ADD CONSTRAINT "Charge_modeId_fkey" FOREIGN KEY ("modeId") REFERENCES "ModeOfLiability"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Charge" ADD CONSTRAINT "Charge_provisionId_fkey" FOREIGN KEY ("provisionId") REFERENCES "Provision"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StageChange" ADD CONSTRAINT "StageChange_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StageChange" ADD CONSTRAINT "StageChange_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StageChange" ADD CONSTRAINT "StageChange_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Annotation" ADD CONSTRAINT "Annotation_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Annotation" ADD CONSTRAINT "Annotation_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AnnotationVersion" ADD CONSTRAINT "AnnotationVersion_annotationId_fkey" FOREIGN KEY ("annotationId") REFERENCES "Annotation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AnnotationVersion" ADD CONSTRAINT "AnnotationVersion_editedById_fkey" FOREIGN KEY ("editedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEvent" ADD CONSTRAINT "AuditEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_ForumToMilestone" ADD CONSTRAINT "_ForumToMilestone_A_fkey" FOREIGN KEY ("A") REFERENCES "Forum"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_ForumToMilestone" ADD CONSTRAINT "_ForumToMilestone_B_fkey" FOREIGN KEY ("B") REFERENCES "Milestone"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_InstrumentToMilestone" ADD CONSTRAINT "_InstrumentToMilestone_A_fkey" FOREIGN KEY ("A") REFERENCES "Instrument"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_InstrumentToMilestone" ADD CONSTRAINT "_InstrumentToMilestone_B_fkey" FOREIGN KEY ("B") REFERENCES "Milestone"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_CrimeCategoryToJurisdictionRule" ADD CONSTRAINT "_CrimeCategoryToJurisdictionRule_A_fkey" FOREIGN KEY ("A") REFERENCES "CrimeCategory"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_CrimeCategoryToJurisdictionRule" ADD CONSTRAINT "_CrimeCategoryToJurisdictionRule_B_fkey" FOREIGN KEY ("B") REFERENCES "JurisdictionRule"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_AccusedKindToJurisdictionRule" ADD CONSTRAINT "_AccusedKindToJurisdictionRule_A_fkey" FOREIGN KEY ("A") REFERENCES "AccusedKind"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_AccusedKindToJurisdictionRule" ADD CONSTRAINT "_AccusedKindToJurisdictionRule_B_fkey" FOREIGN KEY ("B") REFERENCES "JurisdictionRule"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_JurisdictionRuleToResponsibilityLevel" ADD CONSTRAINT "_JurisdictionRuleToResponsibilityLevel_A_fkey" FOREIGN KEY ("A") REFERENCES "JurisdictionRule"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_JurisdictionRuleToResponsibilityLevel" ADD CONSTRAINT "_JurisdictionRuleToResponsibilityLevel_B_fkey" FOREIGN KEY ("B") REFERENCES "ResponsibilityLevel"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_JurisdictionRuleToModeOfLiability" ADD CONSTRAINT "_JurisdictionRuleToModeOfLiability_A_fkey" FOREIGN KEY ("A") REFERENCES "JurisdictionRule"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_JurisdictionRuleToModeOfLiability" ADD CONSTRAINT "_JurisdictionRuleToModeOfLiability_B_fkey" FOREIGN KEY ("B") REFERENCES "ModeOfLiability"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_MilestoneLinkedRules" ADD CONSTRAINT "_MilestoneLinkedRules_A_fkey" FOREIGN KEY ("A") REFERENCES "JurisdictionRule"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_MilestoneLinkedRules" ADD CONSTRAINT "_MilestoneLinkedRules_B_fkey" FOREIGN KEY ("B") REFERENCES "Milestone"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_CaseToMilestone" ADD CONSTRAINT "_CaseToMilestone_A_fkey" FOREIGN KEY ("A") REFERENCES "Case"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_CaseToMilestone" ADD CONSTRAINT "_CaseToMilestone_B_fkey" FOREIGN KEY ("B") REFERENCES "Milestone"("id") ON DELETE CASCADE ON UPDATE CASCADE;
