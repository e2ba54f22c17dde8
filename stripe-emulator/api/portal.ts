// Billing Portal: configurations (what the portal lets a customer do) and sessions. As on Stripe, a session needs a
// configuration: the one passed, or the account's default (saved in the dashboard; /_emulator/portal-default here).
import type Stripe from 'stripe';
import type { Context } from '../core/context';
import { invalidRequest, resourceMissing } from '../core/errors';
import { newId } from '../core/ids';
import { newestFirst, paginate } from '../core/list';
import { arr, bool, expand, listParams, metadata, obj, oneOf, str, type Params } from '../core/params';
import type { Operation } from '../core/router';
import { getCustomer } from './customers';
import { cleanMetadata, mergeMetadata } from './shared';

const enabled = obj({ enabled: bool }, ['enabled']);
const featuresParam = obj({
  customer_update: obj({ allowed_updates: arr(oneOf('address', 'email', 'name', 'phone', 'shipping', 'tax_id')), enabled: bool }, ['enabled']),
  invoice_history: enabled,
  payment_method_update: enabled,
  subscription_cancel: obj({ enabled: bool, mode: oneOf('at_period_end', 'immediately'), proration_behavior: oneOf('always_invoice', 'create_prorations', 'none') }, ['enabled']),
});
const configurationParams = {
  business_profile: obj({ headline: str, privacy_policy_url: str, terms_of_service_url: str }),
  default_return_url: str, expand, features: featuresParam, metadata,
};

type FeaturesInput = {
  customer_update?: { enabled: boolean; allowed_updates?: Stripe.BillingPortal.Configuration.Features.CustomerUpdate.AllowedUpdate[] };
  invoice_history?: { enabled: boolean };
  payment_method_update?: { enabled: boolean };
  subscription_cancel?: { enabled: boolean; mode?: 'at_period_end' | 'immediately'; proration_behavior?: 'always_invoice' | 'create_prorations' | 'none' };
};

function buildFeatures(input: FeaturesInput, base?: Stripe.BillingPortal.Configuration.Features): Stripe.BillingPortal.Configuration.Features {
  const cancel = input.subscription_cancel;
  return {
    customer_update: { allowed_updates: input.customer_update?.allowed_updates ?? base?.customer_update.allowed_updates ?? [], enabled: input.customer_update?.enabled ?? base?.customer_update.enabled ?? false },
    invoice_history: { enabled: input.invoice_history?.enabled ?? base?.invoice_history.enabled ?? false },
    payment_method_update: { enabled: input.payment_method_update?.enabled ?? base?.payment_method_update.enabled ?? false, payment_method_configuration: null },
    subscription_cancel: {
      cancellation_reason: base?.subscription_cancel.cancellation_reason ?? { enabled: false, feedback_options: null, options: [] },
      enabled: cancel?.enabled ?? base?.subscription_cancel.enabled ?? false,
      mode: cancel?.mode ?? base?.subscription_cancel.mode ?? 'at_period_end',
      proration_behavior: cancel?.proration_behavior ?? base?.subscription_cancel.proration_behavior ?? 'none',
    },
    subscription_pause: { duration: { interval_options: [], type: 'indefinite' }, enabled: false },
    subscription_update: {
      billing_cycle_anchor: null, default_allowed_updates: [], enabled: false, products: null, proration_behavior: 'none',
      schedule_at_period_end: { conditions: [] }, trial_update_behavior: 'end_trial',
    },
  };
}

export function createPortalConfiguration(ctx: Context, p: Params, isDefault = false): Stripe.BillingPortal.Configuration {
  const profile = (p.business_profile as Record<string, string> | undefined) ?? {};
  const now = ctx.now();
  const configuration: Stripe.BillingPortal.Configuration = {
    id: newId('bpc_'), object: 'billing_portal.configuration', active: true, application: null,
    business_profile: { headline: profile.headline || null, privacy_policy_url: profile.privacy_policy_url ?? null, terms_of_service_url: profile.terms_of_service_url ?? null },
    created: now, default_return_url: (p.default_return_url as string | undefined) || null,
    features: buildFeatures((p.features as FeaturesInput | undefined) ?? {}), is_default: isDefault, livemode: false,
    login_page: { enabled: false, url: null }, metadata: cleanMetadata(p.metadata), name: null, updated: now,
  };
  ctx.state.objects.portal_configurations[configuration.id] = configuration;
  ctx.emit('billing_portal.configuration.created', configuration);
  return configuration;
}

function getConfiguration(ctx: Context, id: string, param?: string): Stripe.BillingPortal.Configuration {
  const c = ctx.state.objects.portal_configurations[id];
  if (!c) throw resourceMissing('billing_portal.configuration', id, param);
  return c;
}

function updateConfiguration(ctx: Context, id: string, p: Params): Stripe.BillingPortal.Configuration {
  const c = getConfiguration(ctx, id);
  const previous: Record<string, unknown> = { features: structuredClone(c.features), active: c.active, metadata: { ...c.metadata } };
  if (p.active !== undefined) c.active = p.active as boolean;
  if (p.features !== undefined) c.features = buildFeatures(p.features as FeaturesInput, c.features);
  if (p.metadata !== undefined) c.metadata = mergeMetadata(c.metadata, p.metadata);
  if (p.default_return_url !== undefined) c.default_return_url = (p.default_return_url as string) || null;
  c.updated = ctx.now();
  ctx.emit('billing_portal.configuration.updated', c, { previous });
  return c;
}

/** The languages Stripe's Billing Portal speaks (stripe's BillingPortal.SessionCreateParams.Locale); anything else is
 * refused as Stripe refuses it. */
export const PORTAL_LOCALES = [
  'auto', 'bg', 'cs', 'da', 'de', 'el', 'en', 'en-AU', 'en-CA', 'en-GB', 'en-IE', 'en-IN', 'en-NZ', 'en-SG', 'es', 'es-419', 'et', 'fi', 'fil', 'fr', 'fr-CA',
  'hr', 'hu', 'id', 'it', 'ja', 'ko', 'lt', 'lv', 'ms', 'mt', 'nb', 'nl', 'pl', 'pt', 'pt-BR', 'ro', 'ru', 'sk', 'sl', 'sv', 'th', 'tr', 'vi', 'zh', 'zh-HK', 'zh-TW',
] as const;

function createPortalSession(ctx: Context, p: Params): Stripe.BillingPortal.Session {
  const customer = getCustomer(ctx, p.customer as string, 'customer');
  const configuration = p.configuration
    ? getConfiguration(ctx, p.configuration as string, 'configuration')
    : Object.values(ctx.state.objects.portal_configurations).find((c) => c.is_default && c.active);
  if (!configuration) {
    throw invalidRequest('No configuration provided and your test mode default configuration has not been created. Provide a configuration or create your default by saving your customer portal settings in test mode at https://dashboard.stripe.com/test/settings/billing/portal.', undefined);
  }
  if (!configuration.active) throw invalidRequest(`The configuration ${configuration.id} is not active.`, 'configuration');
  const id = newId('bps_');
  const session: Stripe.BillingPortal.Session = {
    id, object: 'billing_portal.session', configuration: configuration.id, created: ctx.now(),
    customer: customer.id, customer_account: null, flow: null, livemode: false,
    locale: (p.locale as Stripe.BillingPortal.Session.Locale | undefined) ?? null, on_behalf_of: null,
    return_url: (p.return_url as string | undefined) ?? configuration.default_return_url, url: `${ctx.publicUrl()}/p/session/${id}`,
  };
  ctx.state.objects.portal_sessions[id] = session;
  return session;
}

export const portalOperations: Operation[] = [
  {
    method: 'POST', path: '/v1/billing_portal/sessions', params: { customer: str, configuration: str, return_url: str, expand, locale: oneOf(...PORTAL_LOCALES) },
    required: ['customer'], handle: (ctx, req) => createPortalSession(ctx, req.params),
  },
  {
    method: 'POST', path: '/v1/billing_portal/configurations', params: configurationParams, required: ['features'],
    handle: (ctx, req) => createPortalConfiguration(ctx, req.params),
  },
  {
    method: 'GET', path: '/v1/billing_portal/configurations', params: { ...listParams, active: bool, is_default: bool },
    extra: 'listing configurations is how setup finds the one it made; the 2023 extract lacks it',
    handle: (ctx, req) => paginate(
      newestFirst(ctx.state.objects.portal_configurations).filter((c) => (req.params.active === undefined || c.active === req.params.active) && (req.params.is_default === undefined || c.is_default === req.params.is_default)),
      req.params, req.url,
    ),
  },
  {
    method: 'GET', path: '/v1/billing_portal/configurations/{configuration}', params: { expand },
    extra: 'retrieve is cheap and the SDK has it', handle: (ctx, req) => getConfiguration(ctx, req.path.configuration),
  },
  {
    method: 'POST', path: '/v1/billing_portal/configurations/{configuration}', params: { ...configurationParams, active: bool },
    extra: 'updating a configuration (setup turns features on); the 2023 extract lacks it',
    handle: (ctx, req) => updateConfiguration(ctx, req.path.configuration, req.params),
  },
];
