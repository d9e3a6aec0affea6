import type { Media } from '#/loaders/schemas.ts'
import { localFileUrl } from './files.ts'

export type ImageSource = { url: string; width: number; height: number; mimeType: string }

/** The image's generated sizes of one format as a srcset, smallest first, with site-local URLs. */
export function srcset(media: Media, mimeType: string): string {
  return imageSizes(media)
    .filter((size) => size.mimeType === mimeType)
    .map((size) => `${localFileUrl(size.url)} ${size.width}w`)
    .join(', ')
}

export function imageSizes(media: Media): ImageSource[] {
  return Object.values(media.sizes ?? {})
    .filter((size): size is ImageSource => typeof size.url === 'string')
    .sort((a, b) => a.width - b.width)
}

/** The largest WebP (or the original) for `<img src>`, with its intrinsic size. */
export function fallbackImage(media: Media): ImageSource {
  const webp = imageSizes(media).filter((size) => size.mimeType === 'image/webp')
  const largest = webp[webp.length - 1]
  if (largest) return largest
  if (!media.width || !media.height) throw new Error(`CMS media id=${media.id} (${media.filename}) has no width/height`)
  return { url: media.url, width: media.width, height: media.height, mimeType: media.mimeType }
}
