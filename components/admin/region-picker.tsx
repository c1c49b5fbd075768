"use client";

import { useState } from "react";
import type { FieldError } from "@/lib/forms/field-errors";
import type { RegionOption } from "@/lib/admin/queries";
import { fill } from "@/lib/i18n/fill";
import { type AdminMessages, FieldErrorText, inputClass, secondaryButtonClass } from "./field-error";

/** Picks regions province → city → county (GB/T 2260 codes); any level can be added. */
export function RegionPicker({
  regions,
  selected,
  t,
  error,
}: {
  regions: RegionOption[];
  selected: string[];
  t: AdminMessages;
  error?: FieldError;
}) {
  const [chosen, setChosen] = useState(selected);
  const [province, setProvince] = useState("");
  const [city, setCity] = useState("");
  const [county, setCounty] = useState("");
  const byCode = new Map(regions.map((r) => [r.code, r]));
  const childrenOf = (parent: string | null) => regions.filter((r) => r.parentCode === parent);
  const fullName = (code: string) => {
    const names: string[] = [];
    for (let r = byCode.get(code); r; r = r.parentCode ? byCode.get(r.parentCode) : undefined) names.unshift(r.nameZh);
    return names.join(" ") || code;
  };
  const pick = county || city || province;
  const levels = [
    {
      id: "region-province",
      label: t.form.regionProvince,
      value: province,
      options: childrenOf(null),
      set: (v: string) => (setProvince(v), setCity(""), setCounty("")),
    },
    {
      id: "region-city",
      label: t.form.regionCity,
      value: city,
      options: province ? childrenOf(province) : [],
      set: (v: string) => (setCity(v), setCounty("")),
    },
    {
      id: "region-county",
      label: t.form.regionCounty,
      value: county,
      options: city ? childrenOf(city) : [],
      set: setCounty,
    },
  ];
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
          <button
            type="button"
            disabled={!pick}
            onClick={() => pick && !chosen.includes(pick) && setChosen([...chosen, pick])}
            className={secondaryButtonClass}
          >
            {t.form.addRegion}
          </button>
        </div>
      </div>
      <FieldErrorText id="regions-error" error={error} t={t} />
    </fieldset>
  );
}
