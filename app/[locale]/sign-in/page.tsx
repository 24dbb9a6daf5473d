import type { Metadata } from "next";
import { redirectInLocale } from "@/lib/i18n/redirect";
import { safeLocalPath } from "@/lib/core/safe-path";
import { currentActor } from "@/lib/server/auth";
import { SignInForm } from "./SignInForm";

export const metadata: Metadata = { title: "Sign in" };


export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const callbackUrl = safeLocalPath(params.callbackUrl);
  if ((await currentActor()).kind === "user") return await redirectInLocale(callbackUrl);
  return (
    <div className="narrow-page">
      <h1>Sign in</h1>
      {params.signedOut === "everywhere" ? (
        <p className="notice notice-success" role="status">
          You are signed out everywhere, on this browser too.
        </p>
      ) : null}
      <p className="lead">Anyone may read the tracker. Signing in lets analysts log milestones and annotate cases, and administrators manage rules and accounts.</p>
      <SignInForm callbackUrl={callbackUrl} />
      <p className="muted">No account? An administrator creates accounts; there is no self-registration.</p>
    </div>
  );
}
