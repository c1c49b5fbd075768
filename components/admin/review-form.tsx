import { recordStateAction } from "@/app/(admin)/admin/actions";
import type { RecordKind } from "@/lib/admin/kinds";
import { ReviewMethod } from "@/lib/generated/prisma/enums";
import type { Messages } from "@/lib/i18n";
import { secondaryButtonClass } from "./field-error";

/**
 * "Mark reviewed" with how the record was verified (a method must be chosen). The version makes a stale page's
 * click a refusal, not an overwrite; `back` returns to the page the review was made from (the queue).
 */
export function ReviewForm({
  kind,
  id,
  version,
  back,
  t,
  methods,
}: {
  kind: RecordKind;
  id: number;
  version: number;
  back?: string;
  t: Messages["reviewAdmin"];
  methods: Messages["provenance"]["verification"]["methods"];
}) {
  const selectId = `review-method-${kind}-${id}`;
  return (
    <form action={recordStateAction} className="flex flex-wrap items-end gap-2" data-review-form={`${kind}-${id}`}>
      <input type="hidden" name="kind" value={kind} />
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="operation" value="review" />
      {back && <input type="hidden" name="back" value={back} />}
      <label htmlFor={selectId} className="text-sm">
        {t.method}
        <select
          id={selectId}
          name="method"
          required
          defaultValue=""
          className="ml-2 rounded border border-stone-300 bg-white px-2 py-1"
        >
          <option value="" disabled>
            {t.choose}
          </option>
          {Object.values(ReviewMethod).map((method) => (
            <option key={method} value={method}>
              {methods[method]}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" className={secondaryButtonClass}>
        {t.markReviewed}
      </button>
    </form>
  );
}
