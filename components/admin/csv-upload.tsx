import { type AdminMessages, buttonClass, inputClass, secondaryButtonClass } from "./field-error";

/** The file field and the "check" / "import" buttons of a CSV upload form. */
export function CsvUploadFields({ t, id, pending }: { t: AdminMessages; id: string; pending: boolean }) {
  return (
    <>
      <div>
        <label htmlFor={id} className="block text-sm font-medium">
          {t.import.file}
        </label>
        <input id={id} name="file" type="file" accept=".csv,text/csv" required className={inputClass} />
      </div>
      <div className="flex gap-3">
        <button type="submit" name="mode" value="dry-run" disabled={pending} className={secondaryButtonClass}>
          {t.import.dryRun}
        </button>
        <button type="submit" name="mode" value="apply" disabled={pending} className={buttonClass}>
          {t.import.apply}
        </button>
      </div>
    </>
  );
}

/** What an upload answered when it could not run: no right to, or no database. */
export function UploadRefusal({ t, status }: { t: AdminMessages; status: string }) {
  if (status === "forbidden")
    return (
      <p role="alert" className="mt-4 text-red-800">
        {t.errors.forbidden}
      </p>
    );
  if (status === "unavailable")
    return (
      <p role="alert" className="mt-4 text-red-800">
        {t.errors.databaseUnavailable}
      </p>
    );
  return null;
}
