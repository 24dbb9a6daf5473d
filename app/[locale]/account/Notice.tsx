/**
 * What an account form's last answer was: a refusal (read out at once) or a success (read out
 * politely). Nothing when there is nothing to say.
 */
export function Notice({ tone, testId, children }: { tone: "error" | "success"; testId?: string; children: React.ReactNode }) {
  if (!children) return null;
  return (
    <p className={`notice notice-${tone}`} role={tone === "error" ? "alert" : "status"} data-testid={testId}>
      {children}
    </p>
  );
}
