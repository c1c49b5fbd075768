import type { FieldError } from "@/lib/forms/field-errors";
import type { Messages } from "@/lib/i18n";
import { fill } from "@/lib/i18n/fill";

export type AdminMessages = Messages["admin"];

/** A field's error in the staff member's language, tied to its control by id. */
export function FieldErrorText({ id, error, t }: { id: string; error?: FieldError; t: AdminMessages }) {
  if (!error) return null;
  return (
    <p id={id} className="mt-1 text-sm text-red-700">
      {fill(t.errors[error.key], { limit: error.limit ?? "" })}
    </p>
  );
}

export const inputClass =
  "mt-1 block w-full rounded border border-stone-300 bg-white px-3 py-2 text-base aria-[invalid=true]:border-red-600";
export const buttonClass =
  "rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800 disabled:opacity-60";
export const secondaryButtonClass = "rounded border border-stone-300 bg-white px-3 py-1.5 text-sm hover:bg-stone-100";
