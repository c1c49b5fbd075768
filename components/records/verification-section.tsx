import { type Locale, formatDate, getMessages } from "@/lib/i18n";
import { fill } from "@/lib/i18n/fill";
import type { Verification } from "@/lib/records/provenance";
import { isReviewStale, isVerificationLapsed } from "@/lib/records/review";
import { Section } from "./section";

/**
 * When and how a record was last verified. For an organization, an old review is flagged: over 12 months a note
 * that details may be out of date, over 24 months (or never) a plain warning to check before donating.
 */
export function VerificationSection({
  locale,
  verification,
  flagAge = false,
}: {
  locale: Locale;
  verification: Verification;
  flagAge?: boolean;
}) {
  const messages = getMessages(locale);
  const t = messages.provenance.verification;
  const { isSample, reviewedAt, method } = verification;
  const lapsed = flagAge && !isSample && isVerificationLapsed(reviewedAt);
  const stale = flagAge && !isSample && !lapsed && isReviewStale(reviewedAt);
  const text = isSample
    ? t.sample
    : !reviewedAt
      ? t.never
      : method
        ? fill(t.verified, { date: formatDate(locale, reviewedAt), method: t.methods[method] })
        : fill(t.verifiedNoMethod, { date: formatDate(locale, reviewedAt) });
  return (
    <Section id="verification" title={t.heading}>
      <p data-verification={isSample ? "sample" : reviewedAt ? (method ?? "unknown") : "never"}>{text}</p>
      {stale && (
        <p className="mt-1 rounded border border-amber-300 bg-amber-50 p-2 text-amber-900" data-review-flag="stale">
          {messages.records.organization.staleReview}
        </p>
      )}
      {lapsed && (
        <p className="mt-1 rounded border border-red-300 bg-red-50 p-2 text-red-900" data-review-flag="lapsed">
          {t.lapsed}
        </p>
      )}
    </Section>
  );
}
