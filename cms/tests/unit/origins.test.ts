import { describe, expect, it } from 'vitest'

import { adminOrigins, apiReaderOrigins, servedOverHttps } from '../../src/origins'

describe('the origins the CMS trusts', () => {
  it('are the public address, the build address and this machine; the site may read but not write', () => {
    const env = {
      CMS_PUBLIC_URL: 'https://cms.ki-oberhausen.de/',
      CMS_URL: 'http://127.0.0.1:3100',
      CMS_PORT: '3100',
      SITE_URL: 'https://www.ki-oberhausen.de/de/',
    }
    expect(adminOrigins(env)).toEqual([
      'https://cms.ki-oberhausen.de',
      'http://127.0.0.1:3100',
      'http://localhost:3100',
    ])
    expect(apiReaderOrigins(env)).toEqual([...adminOrigins(env), 'https://www.ki-oberhausen.de'])
    expect(servedOverHttps(env)).toBe(true)
  })

  it('default to the CMS on port 3000 and the site on 4321, over plain HTTP', () => {
    expect(apiReaderOrigins({})).toEqual(['http://localhost:3000', 'http://127.0.0.1:3000', 'http://localhost:4321'])
    expect(servedOverHttps({})).toBe(false)
  })

  it('stop with a message naming the variables when an address is no URL', () => {
    expect(() => adminOrigins({ CMS_PUBLIC_URL: 'cms.example' })).toThrow(
      '"cms.example" is not an absolute URL (check CMS_PUBLIC_URL, CMS_URL and SITE_URL).',
    )
  })
})
