import Image from "next/image";

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
 * An uploaded picture (portrait, course picture) through next/image: AVIF or WebP at the width
 * the screen needs, lazily loaded, with its width and height so the page does not jump when it arrives.
 */
export function StoredImage({ image, sizes, className = "" }: StoredImageProps) {
  if (!image) return null;
  const { src, width, height, alt } = "src" in image ? image : toPublicImage(image);
  return <Image src={src} width={width} height={height} alt={alt} sizes={sizes} className={`h-auto ${className}`} />;
}
