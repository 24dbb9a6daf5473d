import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "Page not found" };

/** Unknown routes and unknown slugs (a forum, crime or milestone that is not recorded) land here with HTTP 404. */
export default function NotFound() {
  return (
    <div className="not-found">
      <p className="eyebrow">Error 404</p>
      <h1>Page not found</h1>
      <p className="lead">
        There is no page at this address. The link may be mistyped, or the forum, crime or milestone it names is not
        recorded in the tracker.
      </p>
      <h2>Where to go from here</h2>
      <ul className="link-list">
        <li>
          <Link href="/">Home</Link>: what the tracker holds and the latest milestones
        </li>
        <li>
          <Link href="/forums">Forums</Link>: the ICC, the Special Tribunal and Ukraine’s national courts, and what each
          covers
        </li>
        <li>
          <Link href="/crimes">Crimes</Link>: which forum covers which crime, under which provision
        </li>
        <li>
          <Link href="/milestones">Milestones</Link>: the timeline of legal and related events, with filters
        </li>
      </ul>
    </div>
  );
}
