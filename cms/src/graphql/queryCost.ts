import {
  GraphQLError,
  Kind,
  type ExecutionArgs,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLOutputType,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
  type ValueNode,
} from 'graphql/index.js'

/** Set on a refused request's answer by the rule, read (and removed) by `refusedWith400`. */
const REFUSED_HEADER = 'x-ki-query-refused'

/** What one GraphQL request may ask for. Payload's own complexity limit let 190 aliased list queries hold the CMS 25 s. */
export const queryLimits = { aliases: 30, fields: 500, depth: 10, documents: 1_000 }

/** Payload's list queries return 10 documents unless `limit` says otherwise; `limit: 0` or `pagination: false`: all. */
const DEFAULT_LIMIT = 10

type Variables = Readonly<Record<string, unknown>>

type Cost = { aliases: number; fields: number; depth: number; documents: number }

const formatted = (value: number) => value.toLocaleString('de-DE')

/*
 * The schema comes from Payload's copy of `graphql`, which may be another module instance than this file's (CommonJS
 * and ESM builds of one package): graphql's `isObjectType`/`getNamedType` then refuse its types ("from another module or
 * realm"). So types are read by their shape.
 */
function namedType(type: GraphQLOutputType): GraphQLNamedType {
  let current = type
  while ('ofType' in current) current = current.ofType
  return current
}

function fieldsOf(type: GraphQLNamedType | undefined): Record<string, GraphQLField<unknown, unknown>> {
  return type && 'getFields' in type && !('parseValue' in type)
    ? (type.getFields() as Record<string, GraphQLField<unknown, unknown>>)
    : {}
}

function numberOf(value: ValueNode | undefined, variables: Variables): unknown {
  if (!value) return undefined
  if (value.kind === Kind.INT) return Number(value.value)
  if (value.kind === Kind.BOOLEAN) return value.value
  if (value.kind === Kind.VARIABLE) return variables[value.name.value]
  return undefined
}

/**
 * Documents one list field asks for: its `limit` (10 by default), or all of them (counted as the whole allowance) for
 * `limit: 0` or `pagination: false`.
 */
function documentsAsked(args: readonly { name: { value: string }; value: ValueNode }[], variables: Variables): number {
  const argument = (name: string) => numberOf(args.find((each) => each.name.value === name)?.value, variables)
  if (argument('pagination') === false) return queryLimits.documents
  const limit = argument('limit')
  if (typeof limit !== 'number') return DEFAULT_LIMIT
  return limit <= 0 ? queryLimits.documents : limit
}

/**
 * Walks a selection with its fragments, counting every field (aliases included), the deepest nesting, and the documents
 * the list fields ask for, multiplied along the path (ten pages with ten topics each are a hundred documents).
 */
function costOf(
  context: ValidationContext,
  selectionSet: SelectionSetNode,
  parent: GraphQLNamedType | undefined,
  variables: Variables,
  { multiplier, depth, seen }: { multiplier: number; depth: number; seen: Set<string> },
  cost: Cost,
): void {
  cost.depth = Math.max(cost.depth, depth)
  if (depth > queryLimits.depth) return
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      cost.fields++
      if (selection.alias) cost.aliases++
      const definition = fieldsOf(parent)[selection.name.value]
      const isList = definition?.args.some((arg) => arg.name === 'limit') ?? false
      const asked = isList ? multiplier * documentsAsked(selection.arguments ?? [], variables) : 0
      cost.documents += asked
      if (selection.selectionSet)
        costOf(
          context,
          selection.selectionSet,
          definition ? namedType(definition.type) : undefined,
          variables,
          { multiplier: isList ? Math.max(asked, 1) : multiplier, depth: depth + 1, seen },
          cost,
        )
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      const type = selection.typeCondition ? context.getSchema().getType(selection.typeCondition.name.value) : parent
      costOf(context, selection.selectionSet, type ?? undefined, variables, { multiplier, depth, seen }, cost)
    } else {
      const name = selection.name.value
      const fragment = context.getFragment(name)
      // A fragment that spreads itself is refused by GraphQL's own rules; here it is not followed twice.
      if (!fragment || seen.has(name)) continue
      const type = context.getSchema().getType(fragment.typeCondition.name.value) ?? undefined
      const inner = new Set(seen).add(name)
      costOf(context, fragment.selectionSet, type, variables, { multiplier, depth, seen: inner }, cost)
    }
  }
}

/** The first limit a request's cost exceeds, as a message for the caller. */
export function exceededLimit(cost: Cost): string | undefined {
  if (cost.aliases > queryLimits.aliases)
    return `Die Abfrage ist zu aufwendig: ${formatted(cost.aliases)} Aliasse (höchstens ${queryLimits.aliases}).`
  if (cost.fields > queryLimits.fields)
    return `Die Abfrage ist zu aufwendig: ${formatted(cost.fields)} Felder (höchstens ${queryLimits.fields}).`
  if (cost.depth > queryLimits.depth)
    return `Die Abfrage ist zu tief verschachtelt: mehr als ${queryLimits.depth} Ebenen.`
  if (cost.documents > queryLimits.documents)
    return `Die Abfrage ist zu aufwendig: ${formatted(cost.documents)} angeforderte Einträge (höchstens ${formatted(queryLimits.documents)}). Bitte fragen Sie seitenweise ab (limit, page).`
  return undefined
}

/** Payload's GraphQL context carries the answer's extra headers (`{ headers, req }`). */
function markRefused(contextValue: unknown): void {
  if (typeof contextValue !== 'object' || contextValue === null || !('headers' in contextValue)) return
  const { headers } = contextValue
  if (typeof headers === 'object' && headers !== null) Object.assign(headers, { [REFUSED_HEADER]: 'cost' })
}

/**
 * Payload's `graphQL.validationRules`: a request whose operations together exceed `queryLimits` is refused before it
 * runs, with a message saying which limit. (`graphql/index.js`, the CommonJS build that Payload and graphql-http load:
 * graphql-http recognises only errors of its own instance as GraphQL errors.)
 */
export const boundedQueryCost = (args: ExecutionArgs): ValidationRule[] => [
  (context) => ({
    Document: {
      leave(document) {
        const variables = args.variableValues ?? {}
        const cost: Cost = { aliases: 0, fields: 0, depth: 0, documents: 0 }
        for (const definition of document.definitions) {
          if (definition.kind !== Kind.OPERATION_DEFINITION) continue
          const root = context.getSchema().getRootType(definition.operation) ?? undefined
          costOf(context, definition.selectionSet, root, variables, { multiplier: 1, depth: 1, seen: new Set() }, cost)
        }
        const message = exceededLimit(cost)
        if (!message) return
        context.reportError(new GraphQLError(message, { extensions: { code: 'QUERY_TOO_COSTLY' } }))
        markRefused(args.contextValue)
      },
    },
  }),
]

/**
 * Wraps Payload's GraphQL POST handler: GraphQL over HTTP answers validation errors with 200 when the client accepts
 * `application/json`; a request refused for its cost gets 400 (Bad Request), its body unchanged.
 */
export const refusedWith400 =
  (handler: (request: Request) => Promise<Response>) =>
  async (request: Request): Promise<Response> => {
    const response = await handler(request)
    if (!response.headers.has(REFUSED_HEADER)) return response
    const headers = new Headers(response.headers)
    headers.delete(REFUSED_HEADER)
    return new Response(response.body, { status: 400, statusText: 'Bad Request', headers })
  }
