import { type Locale, getMessages } from "@/lib/i18n";
import type { OrganizationDetail } from "@/lib/records/organizations";
import { Section } from "../section";

/** How to reach an organization: website, email, phone, address (only what is recorded). */
export function OrganizationContactSection({ locale, org }: { locale: Locale; org: OrganizationDetail }) {
  const o = getMessages(locale).records.organization;
  const contact = [
    org.website && { label: o.website, value: org.website, href: org.website },
    org.email && { label: o.email, value: org.email, href: `mailto:${org.email}` },
    org.phone && { label: o.phone, value: org.phone, href: `tel:${org.phone.replace(/[^\d+]/g, "")}` },
    org.address && { label: o.address, value: org.address },
  ].filter((item): item is { label: string; value: string; href?: string } => !!item);
  return (
    <Section id="contact" title={o.contactHeading}>
      {contact.length ? (
        <dl className="grid max-w-3xl grid-cols-[max-content_1fr] gap-x-4 gap-y-1">
          {contact.map((item) => (
            <div key={item.label} className="contents">
              <dt className="text-stone-600">{item.label}</dt>
              <dd className="break-all">
                {item.href ? (
                  <a href={item.href} className="text-brand-700 underline" rel="noopener noreferrer">
                    {item.value}
                  </a>
                ) : (
                  item.value
                )}
              </dd>
            </div>
          ))}
        </dl>
      ) : (
        <p className="text-stone-600">{o.noContact}</p>
      )}
    </Section>
  );
}

/** Whether an organization takes donations, and how. */
export function OrganizationDonateSection({ locale, org }: { locale: Locale; org: OrganizationDetail }) {
  const o = getMessages(locale).records.organization;
  return (
    <Section id="donate" title={o.donateHeading}>
      <div data-donations={org.acceptsDonations ? "yes" : "no"}>
        <p>{org.acceptsDonations ? o.acceptsDonations : o.noDonations}</p>
        {org.acceptsDonations && org.donationInfo && (
          <p className="mt-1 max-w-3xl whitespace-pre-line text-stone-700">{org.donationInfo}</p>
        )}
      </div>
    </Section>
  );
}
