import { describe, expect, it } from 'vitest'

import { localFileUrl } from '#/lib/files.ts'

describe('files copied from the CMS', () => {
  it.each([
    ['/api/media/file/netzwerk.png', '/files/media/netzwerk.png'],
    ['http://localhost:39913/api/media/file/netzwerk-480x270.webp', '/files/media/netzwerk-480x270.webp'],
    ['https://cms.example.org/api/documents/file/kiko.pdf', '/files/documents/kiko.pdf'],
  ])('%s is served from %s', (cmsUrl, siteUrl) => {
    expect(localFileUrl(cmsUrl)).toBe(siteUrl)
  })

  it('refuses anything that is not a CMS file', () => {
    expect(() => localFileUrl('https://tracker.example/pixel.gif')).toThrow('Not a CMS file URL')
  })
})
