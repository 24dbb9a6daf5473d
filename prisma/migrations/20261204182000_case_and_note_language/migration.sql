-- AlterTable
ALTER TABLE "Annotation" ADD COLUMN     "lang" TEXT NOT NULL DEFAULT 'en';

-- AlterTable
ALTER TABLE "AnnotationVersion" ADD COLUMN     "lang" TEXT NOT NULL DEFAULT 'en',
ADD COLUMN     "translations" JSONB;

-- AlterTable
ALTER TABLE "Case" ADD COLUMN     "lang" TEXT NOT NULL DEFAULT 'en';
