import type { CollectionConfig, Plugin } from 'payload'

import { applyWorkflow } from '../hooks/workflow/applyWorkflow'
import { workflowEndpoint } from '../hooks/workflow/endpoint'

const hasWorkflowFields = (collection: CollectionConfig) =>
  collection.fields.some((field) => 'name' in field && field.name === 'workflow')

function withWorkflow(collection: CollectionConfig): CollectionConfig {
  const hooks = collection.hooks ?? {}
  return {
    ...collection,
    hooks: { ...hooks, beforeChange: [...(hooks.beforeChange ?? []), applyWorkflow] },
    endpoints: [...(collection.endpoints || []), workflowEndpoint],
  }
}

/**
 * Review before publishing (Entwurf → In Prüfung → Veröffentlicht → Archiviert) for every collection that declares the
 * workflow fields (fields/workflow.ts): the hook that moves an entry between states and refuses a publish without
 * review, the endpoint behind the edit view's buttons, and the dashboard's lists (in review, scheduled, overdue for
 * review, failed builds). REVIEW_REQUIRED=false lets editors publish without a second person.
 */
export const reviewWorkflow = (): Plugin => (config) => ({
  ...config,
  collections: (config.collections ?? []).map((collection) =>
    hasWorkflowFields(collection) ? withWorkflow(collection) : collection,
  ),
  admin: {
    ...config.admin,
    components: {
      ...config.admin?.components,
      beforeDashboard: [
        ...(config.admin?.components?.beforeDashboard ?? []),
        '/components/ReviewOverview#ReviewOverview',
      ],
    },
  },
})
