"use server";

import { redirect } from "next/navigation";
import { db } from "@/lib/db/client";
import { localePath } from "@/lib/i18n";
import { clientKey } from "@/lib/net/client-address";
import { freezeInput, freezeList } from "@/lib/share/frozen";

/** "Save this exact list": freezes the filters and results, then opens the short link. */
export async function freezeListAction(formData: FormData): Promise<void> {
  const input = freezeInput.safeParse({ query: formData.get("query"), locale: formData.get("locale") });
  if (!input.success) redirect("/organizations");
  const outcome = await freezeList(db(), input.data, await clientKey());
  if (!outcome.ok)
    redirect(
      `${localePath(input.data.locale, "/organizations")}${input.data.query}${input.data.query ? "&" : "?"}notice=freeze-limited`,
    );
  redirect(localePath(input.data.locale, `/s/${outcome.id}`));
}
