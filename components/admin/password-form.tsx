"use client";

import { changePasswordAction } from "@/app/(admin)/admin/actions";
import type { AdminMessages } from "./field-error";
import { SimpleForm } from "./simple-form";

export function PasswordForm({ t }: { t: AdminMessages }) {
  return (
    <SimpleForm
      action={changePasswordAction}
      t={t}
      submit={t.password.submit}
      doneMessage={t.password.changed}
      fields={[
        { name: "currentPassword", label: t.password.current, type: "password", autoComplete: "current-password" },
        { name: "newPassword", label: t.password.next, type: "password", autoComplete: "new-password" },
        { name: "confirmPassword", label: t.password.confirm, type: "password", autoComplete: "new-password" },
      ]}
    />
  );
}
