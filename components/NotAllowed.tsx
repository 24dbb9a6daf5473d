import { Link } from "@/lib/i18n/navigation";

/** The 403 of a page: who may do this, and that reading stays open. */
export function NotAllowed({ what, role, back }: { what: string; role: "analyst" | "admin"; back: { href: string; label: string } }) {
  return (
    <div className="notice notice-error" role="alert">
      <h2>You may not {what}</h2>
      <p>
        This needs the {role} role; your account is a viewer account, which reads the tracker but does not change it. An administrator can change your
        role.
      </p>
      <p>
        <Link href={back.href}>{back.label}</Link>
      </p>
    </div>
  );
}
