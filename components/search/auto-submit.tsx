"use client";

import { useEffect } from "react";

/** Submits the filter form as soon as a choice changes; without JavaScript the form's button does it. */
export function AutoSubmit({ formId }: { formId: string }) {
  useEffect(() => {
    const form = document.getElementById(formId) as HTMLFormElement | null;
    if (!form) return;
    const onChange = (event: Event) => {
      if ((event.target as HTMLInputElement).type !== "text" && (event.target as HTMLInputElement).type !== "search")
        form.requestSubmit();
    };
    form.addEventListener("change", onChange);
    return () => form.removeEventListener("change", onChange);
  }, [formId]);
  return null;
}
