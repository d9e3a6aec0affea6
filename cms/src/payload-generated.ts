import type { Config } from '@ki/contract/payload-types'

// The generated types live in the contract package without Payload's module augmentation (`typescript.declare: false`):
// the site reads them and has no Payload. The CMS adds it here, once.
declare module 'payload' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- an augmentation extends the interface Payload declares
  export interface GeneratedTypes extends Config {}
}
