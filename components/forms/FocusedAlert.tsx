"use client";
import { useEffect, useRef, type ReactNode } from "react";

/**
 * An error summary that takes the focus when it appears, and again at each refused submit
 * (`refusal` changes): a keyboard or screen-reader user lands on what went wrong instead of staying
 * on the button, or on the page's start after a GET form's reload (WCAG 3.3.1; GOV.UK's pattern).
 */
export function FocusedAlert({ refusal, className, id, labelledBy, children }: { refusal?: unknown; className: string; id?: string; labelledBy?: string; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, [refusal]);
  return (
    <div ref={ref} tabIndex={-1} role="alert" className={className} id={id} aria-labelledby={labelledBy}>
      {children}
    </div>
  );
}
