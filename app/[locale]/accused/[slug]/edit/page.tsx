import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { NotAllowed } from "@/components/NotAllowed";
import { AccusedForm } from "@/components/case/AccusedForm";
import { saveAccusedAction } from "../actions";
import { getAccusedPage } from "@/lib/server/queries/accused-page";
import { getCaseFormOptions } from "@/lib/server/queries/case-page";
import { pageActor } from "@/lib/server/page-actor";

type Props = { params: Promise<{ slug: string }> };

export const metadata: Metadata = { title: "Edit accused" };

export default async function EditAccusedPage({ params }: Props) {
  const { slug } = await params;
  const { allowed } = await pageActor("ANALYST", `/accused/${slug}/edit`);
  const a = await getAccusedPage(slug);
  if (!a) notFound();
  const cases = a.forums.reduce((n, f) => n + f.cases.length, 0);
  const options = allowed ? await getCaseFormOptions() : null;
  return (
    <>
      <Breadcrumbs trail={[{ href: "/accused", label: "Accused" }, { href: `/accused/${slug}`, label: a.name }, { label: "Edit" }]} />
      <h1>Edit: {a.name}</h1>
      {!allowed || !options ? (
        <NotAllowed what="edit accused" role="analyst" back={{ href: `/accused/${slug}`, label: "Back to the accused" }} />
      ) : (
        <>
          <p className="lead">
            A change here shows in every case against {a.name} ({cases === 1 ? "1 case" : `${cases} cases`}). If someone else saves a change first, yours is
            refused rather than overwriting theirs; the previous values are kept in the audit trail.
          </p>
          <AccusedForm
            save={saveAccusedAction}
            slug={a.slug}
            kinds={options.kinds}
            levels={options.levels}
            initial={{
              name: a.name,
              nameUkrainian: a.nameOriginal ?? "",
              kind: a.kind.slug,
              rank: a.rank ?? "",
              level: a.level?.slug ?? "",
              description: a.description ?? "",
              expectedUpdatedAt: a.updatedAt,
            }}
          />
        </>
      )}
    </>
  );
}
