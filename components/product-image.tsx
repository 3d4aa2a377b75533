type ProductImageProps = {
  src: string;
  alt: string;
  size: number;
  className: string;
  /** The largest image of the page (the product page's): loaded first. */
  priority?: boolean;
  /** Load at once rather than when scrolled near, for images above the fold. */
  eager?: boolean;
};

/**
 * The product art: SVGs made for the shop, which need no resizing or conversion, so a plain <img> rather than
 * next/image, whose script (5.6 KB gzip) every catalog page would otherwise load.
 */
export function ProductImage({ src, alt, size, className, priority = false, eager = priority }: ProductImageProps) {
  return (
    // eslint-disable-next-line @next/next/no-img-element -- see above: nothing for next/image to optimise in an SVG
    <img
      src={src}
      alt={alt}
      width={size}
      height={size}
      loading={eager ? 'eager' : 'lazy'}
      fetchPriority={priority ? 'high' : undefined}
      decoding="async"
      className={className}
    />
  );
}
