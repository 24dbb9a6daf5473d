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
      <span className="session-user">
        {user.name} <span className="session-role">({user.role.toLowerCase()})</span>
      </span>
      <Link href="/sign-out">Sign out</Link>
    </span>
  );
}
