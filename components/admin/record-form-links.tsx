import type { RecordFormState } from "@/lib/admin/form-state";
import type { LinkChoices } from "@/lib/admin/queries";
import type { AdminMessages } from "./field-error";
import { SmallInput } from "./record-form-field";

type LinkProps = {
  choices: LinkChoices;
  values: Record<string, unknown>;
  errors: RecordFormState["fieldErrors"];
  t: AdminMessages;
};
type ModeLink = { modeId: unknown; sites?: unknown; childrenServed?: unknown; sinceYear?: unknown };
type NeedLink = { needId: unknown; howZh?: unknown; howEn?: unknown };

/** A policy's needs: ticked or not. */
export function PolicyNeedsFieldset({ choices, values, t }: Omit<LinkProps, "errors">) {
  const chosen = ((values.needs ?? []) as unknown[]).map(String);
  return (
    <fieldset className="rounded border border-stone-200 bg-white p-4">
      <legend className="px-1 font-semibold">{t.form.needs}</legend>
      <div className="grid gap-2 sm:grid-cols-2">
        {choices.needs.map((need) => (
          <label key={need.id} className="flex items-center gap-2">
            <input type="checkbox" name="needs" value={need.id} defaultChecked={chosen.includes(String(need.id))} />
            {need.nameZh}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** A mode's needs, each with how the mode meets it in both languages. */
export function ModeNeedsFieldset({ choices, values, errors, t }: LinkProps) {
  const links = (values.needs ?? []) as NeedLink[];
  return (
    <fieldset className="space-y-3 rounded border border-stone-200 bg-white p-4">
      <legend className="px-1 font-semibold">{t.form.needs}</legend>
      {choices.needs.map((need) => {
        const index = links.findIndex((l) => String(l.needId) === String(need.id));
        const link = links[index];
        return (
          <div key={need.id} className="rounded border border-stone-100 p-2">
            <label className="flex items-center gap-2 font-medium">
              <input type="checkbox" name="needs" value={need.id} defaultChecked={index >= 0} />
              {need.nameZh}
            </label>
            <div className="mt-2 grid gap-2 sm:grid-cols-2">
              <SmallInput
                name={`how.${need.id}.zh`}
                label={`${need.nameZh}: ${t.form.howZh}`}
                value={link?.howZh}
                error={errors[`needs.${index}.howZh`]}
                t={t}
              />
              <SmallInput
                name={`how.${need.id}.en`}
                label={`${need.nameZh}: ${t.form.howEn}`}
                value={link?.howEn}
                error={errors[`needs.${index}.howEn`]}
                t={t}
              />
            </div>
          </div>
        );
      })}
    </fieldset>
  );
}

/** An organization's modes, each with its scale (sites, children served, since when). */
export function OrganizationModesFieldset({ choices, values, errors, t }: LinkProps) {
  const links = (values.modes ?? []) as ModeLink[];
  return (
    <fieldset className="space-y-3 rounded border border-stone-200 bg-white p-4">
      <legend className="px-1 font-semibold">{t.form.modes}</legend>
      {choices.modes.map((mode) => {
        const index = links.findIndex((l) => String(l.modeId) === String(mode.id));
        const link = links[index];
        return (
          <div key={mode.id} className="rounded border border-stone-100 p-2">
            <label className="flex items-center gap-2 font-medium">
              <input type="checkbox" name="modes" value={mode.id} defaultChecked={index >= 0} />
              {mode.nameZh}
            </label>
            <div className="mt-2 grid gap-2 sm:grid-cols-3">
              {(["sites", "childrenServed", "sinceYear"] as const).map((name) => (
                <SmallInput
                  key={name}
                  name={`scale.${mode.id}.${name}`}
                  label={`${mode.nameZh}: ${t.form[name]}`}
                  value={link?.[name]}
                  error={errors[`modes.${index}.${name}`]}
                  t={t}
                  numeric
                />
              ))}
            </div>
          </div>
        );
      })}
    </fieldset>
  );
}
