import Link from "next/link";

/** Who is signed in, or a way to sign in. Presentational: the layout decides who the user is. */
export function SessionLink({ user }: { user: { name: string; role: string } | null }) {
  if (!user) {
    return (
      <Link href="/sign-in" className="session-link">
        Sign in
      </Link>
    );
  }
  return (
    <span className="session-link">
      <Link href="/updates">Updates</Link>
      <Link href="/account" className="session-user" title="Your account and API tokens">
        {user.name} <span className="session-role">({user.role.toLowerCase()})</span>
      </Link>
      <Link href="/sign-out">Sign out</Link>
    </span>
  );
}
