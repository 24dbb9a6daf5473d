import type { Metadata } from "next";
import { SignOutButton } from "./SignOutButton";

export const metadata: Metadata = { title: "Sign out" };

export default function SignOutPage() {
  return (
    <div className="narrow-page">
      <h1>Sign out</h1>
      <p className="lead">
        This browser&rsquo;s session ends on the server, so a copy of its cookie stops working too. To sign out on every
        browser, use your account page. Your API tokens keep working until you revoke them there.
      </p>
      <SignOutButton />
    </div>
  );
}
