import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { reportProblemAction, suggestOrganizationAction } from "@/app/actions/report";
import { db } from "@/lib/db/client";
import { slugSchema } from "@/lib/domain/identifiers";
import { type Locale, getMessages, localePath } from "@/lib/i18n";
import { fill } from "@/lib/i18n/fill";
import { reportLimits, reportTargetKinds } from "@/lib/reports/limits";
import { findReportTarget } from "@/lib/reports/submit";
import { z } from "zod";
import { Breadcrumb } from "@/components/records/breadcrumb";
import { type ReportField, PublicReportForm } from "./public-report-form";

export type ReportSearchParams = Promise<Record<string, string | string[] | undefined>>;

const targetParams = z.object({ kind: z.enum(reportTargetKinds), slug: slugSchema });
const recordPath = { need: "/needs", policy: "/policies", mode: "/modes", organization: "/organizations" } as const;

const noIndex: Metadata["robots"] = { index: false, follow: false };

export function reportProblemMetadata(locale: Locale): Metadata {
  return { title: getMessages(locale).reports.problem.title, robots: noIndex };
}

export function suggestMetadata(locale: Locale): Metadata {
  return { title: getMessages(locale).reports.suggestion.title, robots: noIndex };
}

const contactField = (t: ReturnType<typeof getMessages>["reports"]): ReportField => ({
  name: "contactEmail",
  label: t.contactEmail,
  hint: t.contactEmailHint,
  type: "email",
  maxLength: reportLimits.contactEmail,
  autoComplete: "email",
});

/** /report?kind=organization&slug=…: a problem with one published record. */
export async function ReportProblemPage({
  locale,
  searchParams,
}: {
  locale: Locale;
  searchParams: ReportSearchParams;
}) {
  const raw = await searchParams;
  const parsed = targetParams.safeParse({ kind: raw.kind, slug: raw.slug });
  if (!parsed.success) notFound();
  const { kind, slug } = parsed.data;
  const target = await findReportTarget(db(), kind, slug);
  if (!target) notFound();
  const t = getMessages(locale).reports;
  const name = (locale === "en" && target.nameEn) || target.nameZh;
  const href = `${recordPath[kind]}/${slug}`;
  return (
    <article>
      <Breadcrumb locale={locale} trail={[{ href, label: name }, { label: t.problem.title }]} />
      <h1 className="text-3xl font-bold">{fill(t.problem.heading, { name })}</h1>
      <p className="mt-3 max-w-2xl text-stone-700">{t.problem.lead}</p>
      <PublicReportForm
        action={reportProblemAction}
        hidden={{ locale, targetKind: kind, targetSlug: slug }}
        fields={[
          {
            name: "message",
            label: t.problem.message,
            hint: fill(t.problem.messageHint, { limit: reportLimits.message }),
            type: "textarea",
            required: true,
            maxLength: reportLimits.message,
          },
          contactField(t),
        ]}
        submit={t.problem.submit}
        sentMessage={t.sentProblem}
        againHref={localePath(locale, `/report?kind=${kind}&slug=${slug}`)}
        t={t}
      />
      <p className="mt-8">
        <Link href={localePath(locale, href)} className="text-brand-700 underline">
          {fill(t.problem.backToRecord, { name })}
        </Link>
      </p>
    </article>
  );
}

/** /suggest: an organization the directory does not list yet. */
export function SuggestPage({ locale }: { locale: Locale }) {
  const t = getMessages(locale).reports;
  const s = t.suggestion;
  return (
    <article>
      <Breadcrumb locale={locale} trail={[{ label: s.title }]} />
      <h1 className="text-3xl font-bold">{s.heading}</h1>
      <p className="mt-3 max-w-2xl text-stone-700">{s.lead}</p>
      <PublicReportForm
        action={suggestOrganizationAction}
        hidden={{ locale }}
        fields={[
          {
            name: "proposedName",
            label: s.proposedName,
            type: "text",
            required: true,
            maxLength: reportLimits.proposedName,
            autoComplete: "organization",
          },
          {
            name: "proposedWebsite",
            label: s.proposedWebsite,
            hint: s.proposedWebsiteHint,
            type: "url",
            maxLength: reportLimits.proposedWebsite,
          },
          {
            name: "proposedRegion",
            label: s.proposedRegion,
            hint: s.proposedRegionHint,
            type: "text",
            maxLength: reportLimits.proposedRegion,
          },
          { name: "proposedContact", label: s.proposedContact, type: "text", maxLength: reportLimits.proposedContact },
          {
            name: "message",
            label: s.message,
            hint: fill(s.messageHint, { limit: reportLimits.message }),
            type: "textarea",
            required: true,
            maxLength: reportLimits.message,
          },
          contactField(t),
        ]}
        submit={s.submit}
        sentMessage={t.sentSuggestion}
        againHref={localePath(locale, "/suggest")}
        t={t}
      />
    </article>
  );
}
