import * as rruleModule from 'rrule'

/**
 * rrule ships CommonJS for Node and ESM for bundlers: Node sees its exports only on `default`,
 * Next's bundler sees them as named exports. This picks whichever is there.
 */
type RRuleModule = typeof rruleModule
const loaded = rruleModule as RRuleModule & { default?: RRuleModule }

export const { RRule, RRuleSet, rrulestr } = loaded.RRule ? loaded : (loaded.default as RRuleModule)

type Rule = InstanceType<typeof RRule>

/** What a bounded expansion found, and why it stopped: the rule ended, `limit` was reached, or the budget ran out. */
export type Expansion = { dates: Date[]; stopped: 'end' | 'limit' | 'budget' }

/** How much work one expansion may do: steps of rrule's walk (one per day, week, … looked at) and wall-clock time. */
export type ExpansionBudget = { steps: number; milliseconds: number }

/**
 * 30,000 steps are about 40 years of a daily rule (two steps a day), taking some 0.1 s; walking backwards (a negative
 * INTERVAL) costs more per step, so time is bounded as well.
 */
export const defaultBudget: ExpansionBudget = { steps: 30_000, milliseconds: 500 }

class BudgetSpent extends Error {}

/**
 * The dates of `rule` from its DTSTART up to `before` (inclusive; all dates without it), at most `limit`, in bounded
 * work. rrule walks period by period (day, week, month, year) and calls back only when a period yields a date: a rule
 * whose periods never match (`FREQ=DAILY;BYMONTH=2;BYMONTHDAY=31`) walks to the year 9999 (tens of seconds), one with
 * a negative INTERVAL walks backwards forever, and neither an iterator callback nor `between` stops them. The one value
 * rrule reads at every step of its walk is the interval; read through a counter here, it ends the walk after
 * `budget.steps` steps or `budget.milliseconds`, and the answer says so (`stopped: 'budget'`).
 */
export function expandBounded(
  rule: Rule,
  { limit, before }: { limit: number; before?: Date },
  budget: ExpansionBudget = defaultBudget,
): Expansion {
  const { options } = rule
  const interval = options.interval
  const deadline = performance.now() + budget.milliseconds
  let steps = 0
  Object.defineProperty(options, 'interval', {
    configurable: true,
    enumerable: true,
    get() {
      steps++
      if (steps > budget.steps || (steps % 512 === 0 && performance.now() > deadline)) throw new BudgetSpent()
      return interval
    },
  })
  const dates: Date[] = []
  let full = false
  const take = (date: Date) => {
    full = dates.length >= limit
    if (!full) dates.push(date)
    return !full
  }
  try {
    if (before) rule.between(options.dtstart, before, true, take)
    else rule.all(take)
    return { dates, stopped: full ? 'limit' : 'end' }
  } catch (error) {
    if (!(error instanceof BudgetSpent)) throw error
    return { dates, stopped: 'budget' }
  } finally {
    Object.defineProperty(options, 'interval', {
      value: interval,
      writable: true,
      configurable: true,
      enumerable: true,
    })
  }
}
