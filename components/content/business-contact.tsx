import { Fragment } from "react";

import { TitledSection } from "@/components/ui/titled-section";
import { profileAddressLines, type BusinessProfile } from "@/lib/business-profile/schemas";
import type { Catalogue } from "@/lib/i18n/messages";

type BusinessContactProps = {
  profile: BusinessProfile;
  title: string;
  /** Without the phone (the privacy statement names who is responsible, not how to call). */
  withPhone?: boolean;
  /** The contacts' labels from the page's catalogue. */
  texts: Catalogue["pages"]["content"]["businessContact"];
};

/**
 * The business details the consultant entered, and only those: nothing is shown for an empty
 * part, and nothing at all while the profile is empty (no placeholder address in production).
 */
export function BusinessContact({ profile, title, withPhone = true, texts }: BusinessContactProps) {
  const address = profileAddressLines(profile);
  const contacts = [
    profile.email ? { label: texts.email, text: profile.email, href: `mailto:${profile.email}` } : null,
    withPhone && profile.phone
      ? { label: texts.phone, text: profile.phone, href: `tel:${profile.phone.replace(/\s/g, "")}` }
      : null,
    profile.website
      ? { label: texts.website, text: profile.website.replace(/^https?:\/\//, ""), href: profile.website }
      : null,
  ].filter((entry) => entry !== null);
  if (address.length === 0 && contacts.length === 0 && !profile.uid) return null;
  return (
    <TitledSection id="anbieter-titel" title={title} className="mb-8 max-w-3xl text-lg">
      {address.length > 0 ? (
        <p className="mt-3">
          {address.map((line, index) => (
            <Fragment key={index}>
              {index > 0 ? <br /> : null}
              {line}
            </Fragment>
          ))}
        </p>
      ) : null}
      {contacts.map((contact) => (
        <p key={contact.label} className="mt-2">
          {`${contact.label}: `}
          <a href={contact.href} className="font-semibold text-brand underline hover:text-brand-dark">
            {contact.text}
          </a>
        </p>
      ))}
      {profile.uid ? <p className="mt-2">{`${texts.uid}: ${profile.uid}`}</p> : null}
    </TitledSection>
  );
}
