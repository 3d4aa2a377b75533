// What a request parameter may be, as stripe-node declares it: the shape of emulator/params/declarations.json,
// which emulator/params/generate.ts derives from stripe-node's `…Params` types.

export type Param =
  | { type: 'string' }
  | { type: 'integer' }
  | { type: 'boolean' }
  | { type: 'metadata' }
  | { type: 'enum'; values: string[] }
  | { type: 'array'; items: ParamOrRef }
  | { type: 'object'; properties: Record<string, Property> }
  /** stripe-node's `{[key: string]: T}`: any key, every value a T. */
  | { type: 'map'; values: ParamOrRef }
  | { type: 'union'; anyOf: ParamOrRef[] };

/** `emptyable`: stripe-node's `Emptyable<T>`, where an empty string unsets the field. */
export type ParamOrRef = (Param | { ref: string }) & { emptyable?: true };

export type Property = { required: boolean; param: ParamOrRef };

export type Declarations = {
  /** Where and from which stripe-node version the declarations were read. */
  source: string;
  /** Every API version stripe-node knows (`WebhookEndpointCreateParams.ApiVersion`), oldest first. */
  apiVersions: string[];
  /** The version stripe-node pins (`Stripe.LatestApiVersion`). */
  latestApiVersion: string;
  /** Each `…Params` interface the emulator serves, and each named type they use, by stripe-node's name. */
  types: Record<string, Param>;
};
