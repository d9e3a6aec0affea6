import * as rruleModule from 'rrule'

/**
 * rrule ships CommonJS for Node and ESM for bundlers: Node sees its exports only on `default`,
 * Next's bundler sees them as named exports. This picks whichever is there.
 */
type RRuleModule = typeof rruleModule
const loaded = rruleModule as RRuleModule & { default?: RRuleModule }

export const { RRule, RRuleSet, rrulestr } = loaded.RRule ? loaded : (loaded.default as RRuleModule)
