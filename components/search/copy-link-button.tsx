"use client";

import { useState } from "react";

type Labels = { copyLink: string; copied: string; copyFailed: string; shareSheet: string };

/** Copies the page's address (its whole state); offers the system share sheet where the browser has one. */
export function CopyLinkButton({ labels, title }: { labels: Labels; title: string }) {
  const [status, setStatus] = useState<"idle" | "copied" | "failed">("idle");
  const [canShare] = useState(() => typeof navigator !== "undefined" && typeof navigator.share === "function");

  async function copy() {
    try {
      await navigator.clipboard.writeText(window.location.href);
      setStatus("copied");
    } catch {
      setStatus("failed");
    }
  }

  return (
    <>
      <button
        type="button"
        onClick={copy}
        className="rounded border border-stone-300 bg-white px-3 py-1.5 text-sm hover:bg-stone-100"
      >
        {labels.copyLink}
      </button>
      {canShare && (
        <button
          type="button"
          onClick={() => navigator.share({ title, url: window.location.href }).catch(() => undefined)}
          className="rounded border border-stone-300 bg-white px-3 py-1.5 text-sm hover:bg-stone-100"
        >
          {labels.shareSheet}
        </button>
      )}
      <span role="status" aria-live="polite" className="text-sm text-brand-700">
        {status === "copied" ? labels.copied : status === "failed" ? labels.copyFailed : ""}
      </span>
    </>
  );
}
