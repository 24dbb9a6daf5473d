import { createNavigation } from "next-intl/navigation";
import { routing } from "./routing";

/** Next's links and redirects, keeping the current language in every address they make. */
export const { Link, redirect, usePathname, useRouter, getPathname, permanentRedirect } = createNavigation(routing);
