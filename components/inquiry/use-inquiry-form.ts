"use client";

import { useRouter } from "next/navigation";
import type { DefaultValues } from "react-hook-form";
import type { z } from "zod";

import type { Schema, SchemaSource } from "@/components/form/schema-resolver";
import { useActionForm, type FormAction } from "@/components/form/use-action-form";
import type { InquirySubmitted } from "@/lib/inquiries/actions";

/**
 * Both inquiry forms: the schema loaded after hydration (zod stays out of the page's first-load
 * JavaScript, decision 0016), a local draft under the form's key, and the thank-you page with the
 * reference once the inquiry is stored.
 */
export function useInquiryForm<S extends Schema>(options: {
  schema: SchemaSource<S>;
  action: FormAction<S, InquirySubmitted>;
  defaultValues: DefaultValues<z.input<S>>;
  draftKey: string;
}) {
  const router = useRouter();
  return useActionForm({
    ...options,
    onSuccess: (data) => router.push(`/anfrage/danke?referenz=${encodeURIComponent(data.reference)}`),
  });
}
