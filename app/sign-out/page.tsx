import type { Metadata } from "next";
import { SignOutButton } from "./SignOutButton";

export const metadata: Metadata = { title: "Sign out" };

export default function SignOutPage() {
  return (
    <div className="narrow-page">
      <h1>Sign out</h1>
      <p className="lead">You will be signed out on this browser. Your API tokens keep working until you revoke them on your account page.</p>
      <SignOutButton />
    </div>
  );
}
