"use client";

import { createAccountAction } from "@/app/(admin)/admin/actions";
import type { AdminMessages } from "./field-error";
import { SimpleForm } from "./simple-form";

export function AccountForm({ t }: { t: AdminMessages }) {
  return (
    <SimpleForm
      action={createAccountAction}
      t={t}
      submit={t.accounts.create}
      doneMessage={t.accounts.created}
      fields={[
        { name: "email", label: t.accounts.email, type: "email", autoComplete: "off" },
        { name: "name", label: t.accounts.name, type: "text", autoComplete: "off" },
        {
          name: "role",
          label: t.accounts.role,
          type: "select",
          options: [
            ["EDITOR", t.roles.EDITOR],
            ["ADMIN", t.roles.ADMIN],
          ],
        },
        { name: "password", label: t.accounts.password, type: "password", autoComplete: "new-password" },
      ]}
    />
  );
}
