"use client";

import { useRouter } from "next/navigation";
import { useEffect, useTransition } from "react";

/** Which control had focus when the filters were applied, so it can have it again if the page re-renders. */
let focusAfterApply: string | null = null;

function selectorOf(element: Element | null): string | null {
  if (!(element instanceof HTMLElement) || element === document.body) return null;
  if (element.id) return `#${CSS.escape(element.id)}`;
  const name = element.getAttribute("name");
  const value = element.getAttribute("value");
  if (name && value !== null) return `[name="${CSS.escape(name)}"][value="${CSS.escape(value)}"]`;
  if (element instanceof HTMLButtonElement && element.type === "submit") return "button[type=submit]";
  return null;
}

/**
 * Applies the filter form without a full page load: the same GET query, through the router, so focus stays
 * on the control the donor used and the results summary (a live region) announces the new count. Nothing
 * happens on `change`: arrow keys in a select or a radio group only move the choice until the form is applied.
 * Without JavaScript the form is a plain GET form.
 */
export function FilterFormEnhancer({ formId, busyId }: { formId: string; busyId: string }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();

  useEffect(() => {
    const form = document.getElementById(formId);
    if (!(form instanceof HTMLFormElement)) return;
    const onSubmit = (event: SubmitEvent) => {
      event.preventDefault();
      const query = new URLSearchParams();
      for (const [key, value] of new FormData(form)) {
        if (typeof value === "string" && value.trim() !== "") query.append(key, value);
      }
      const target = `${form.getAttribute("action") ?? ""}${query.size ? `?${query}` : ""}`;
      focusAfterApply = selectorOf(document.activeElement) ?? selectorOf(event.submitter);
      startTransition(() => router.replace(target, { scroll: false }));
    };
    form.addEventListener("submit", onSubmit);
    return () => form.removeEventListener("submit", onSubmit);
  }, [formId, router]);

  useEffect(() => {
    document.getElementById(busyId)?.setAttribute("aria-busy", String(pending));
    if (pending || !focusAfterApply) return;
    const form = document.getElementById(formId);
    const active = document.activeElement;
    if (form && (!active || active === document.body || !active.isConnected)) {
      form.querySelector<HTMLElement>(focusAfterApply)?.focus();
    }
    focusAfterApply = null;
  }, [pending, formId, busyId]);

  return null;
}
