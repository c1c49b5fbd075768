"use client";

import { useState } from "react";
import type { FieldError } from "@/lib/forms/field-errors";
import type { RegionOption } from "@/lib/admin/queries";
import { fill } from "@/lib/i18n/fill";
import { type AdminMessages, FieldErrorText, inputClass, secondaryButtonClass } from "./field-error";

/**
 * Picks regions province → city → county (GB/T 2260 codes); any level can be added. Only the provinces come
 * with the page: a province's cities and a city's counties are fetched when chosen.
 */
export function RegionPicker({
  provinces,
  names,
  onNamed,
  selected,
  t,
  error,
}: {
  provinces: RegionOption[];
  /** Full names of chosen regions; kept by the form so they survive a refused save. */
  names: Record<string, string>;
  onNamed: (code: string, fullName: string) => void;
  selected: string[];
  t: AdminMessages;
  error?: FieldError;
}) {
  const [chosen, setChosen] = useState(selected);
  const [province, setProvince] = useState("");
  const [city, setCity] = useState("");
  const [county, setCounty] = useState("");
  const [children, setChildren] = useState<Record<string, RegionOption[]>>({});
  const [loadFailed, setLoadFailed] = useState(false);
  const load = async (parent: string) => {
    if (!parent || children[parent]) return;
    try {
      const response = await fetch(`/admin/regions/${parent}`, { headers: { accept: "application/json" } });
      if (!response.ok) throw new Error(String(response.status));
      const rows = (await response.json()) as RegionOption[];
      setChildren((known) => ({ ...known, [parent]: rows }));
      setLoadFailed(false);
    } catch {
      setLoadFailed(true);
    }
  };
  const nameOf = (code: string) =>
    [...provinces, ...Object.values(children).flat()].find((r) => r.code === code)?.nameZh ?? code;
  const pick = county || city || province;
  const pickLabel = [province, city, county].filter(Boolean).map(nameOf).join(" ");
  const levels = [
    {
      id: "region-province",
      label: t.form.regionProvince,
      value: province,
      options: provinces,
      set: (v: string) => (setProvince(v), setCity(""), setCounty(""), void load(v)),
    },
    {
      id: "region-city",
      label: t.form.regionCity,
      value: city,
      options: province ? (children[province] ?? []) : [],
      set: (v: string) => (setCity(v), setCounty(""), void load(v)),
    },
    {
      id: "region-county",
      label: t.form.regionCounty,
      value: county,
      options: city ? (children[city] ?? []) : [],
      set: setCounty,
    },
  ];
  const add = () => {
    if (!pick || chosen.includes(pick)) return;
    onNamed(pick, pickLabel);
    setChosen([...chosen, pick]);
  };
  const fullName = (code: string) => names[code] ?? code;
  return (
    <fieldset className="rounded border border-stone-200 bg-white p-4">
      <legend className="px-1 font-semibold">{t.form.regions}</legend>
      {chosen.map((code) => (
        <input key={code} type="hidden" name="regions" value={code} />
      ))}
      <ul className="flex flex-wrap gap-2" aria-live="polite">
        {chosen.length === 0 && <li className="text-sm text-stone-600">{t.form.noRegions}</li>}
        {chosen.map((code) => (
          <li key={code} className="flex items-center gap-1 rounded bg-brand-50 px-2 py-1 text-sm" data-region={code}>
            {fullName(code)}
            <button
              type="button"
              onClick={() => setChosen(chosen.filter((c) => c !== code))}
              aria-label={fill(t.form.removeRegion, { name: fullName(code) })}
              className="px-1 text-stone-600 hover:text-red-700"
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <div className="mt-3 grid gap-2 sm:grid-cols-4">
        {levels.map((level) => (
          <div key={level.id}>
            <label htmlFor={level.id} className="block text-xs text-stone-700">
              {level.label}
            </label>
            <select
              id={level.id}
              value={level.value}
              onChange={(e) => level.set(e.target.value)}
              disabled={level.options.length === 0}
              className={inputClass}
            >
              <option value="">—</option>
              {level.options.map((r) => (
                <option key={r.code} value={r.code}>
                  {r.nameZh}
                </option>
              ))}
            </select>
          </div>
        ))}
        <div className="flex items-end">
          <button type="button" disabled={!pick} onClick={add} className={secondaryButtonClass}>
            {t.form.addRegion}
          </button>
        </div>
      </div>
      {loadFailed && (
        <p role="alert" className="mt-2 text-sm text-red-700">
          {t.form.regionsLoadFailed}
        </p>
      )}
      <FieldErrorText id="regions-error" error={error} t={t} />
    </fieldset>
  );
}
