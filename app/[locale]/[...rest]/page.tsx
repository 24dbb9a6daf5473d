import { notFound } from "next/navigation";

/** Any address under a language that no page answers: the localized "page not found" (404). */
export default function UnknownPage() {
  notFound();
}
