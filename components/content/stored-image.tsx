import { getImageProps } from "next/image";

import { toPublicImage, type PublicImage } from "@/lib/media/rules";

type StoredImageRow = { contentHash: string; width: number; height: number; altText: string };

type StoredImageProps = {
  /** The picture as a page query reads it, or already in page form; nothing is rendered without one. */
  image: StoredImageRow | PublicImage | null | undefined;
  /** Which share of the viewport it fills, so the browser picks the smallest sufficient copy. */
  sizes: string;
  className?: string;
};

/**
 * An uploaded picture (portrait, course picture): AVIF or WebP from Next's optimizer at the width
 * the screen needs, lazily loaded, with its width and height so the page does not jump when it arrives.
 * A plain <img> with the srcset that `getImageProps` computes, not the `<Image>` client component:
 * that one ships about 5.6 kB gzip of script to every page with a picture only to fade it in and
 * report loading errors, which these pictures do not use (issue 18, page weight).
 */
export function StoredImage({ image, sizes, className = "" }: StoredImageProps) {
  if (!image) return null;
  const { src, width, height, alt } = "src" in image ? image : toPublicImage(image);
  const { props } = getImageProps({ src, width, height, alt, sizes, className: `h-auto ${className}` });
  // The optimizer's srcset is in props: the rule's concern, unoptimized pictures, does not apply.
  // eslint-disable-next-line @next/next/no-img-element
  return <img {...props} alt={alt} />;
}
