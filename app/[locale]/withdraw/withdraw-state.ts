import { initialFormState, type FormState } from '@/lib/forms/form-state';

/**
 * Where the shopper is in the withdrawal function: giving the details, confirming them, or told it was received. The
 * form's values are the details as the shop read them (the order number written out in full).
 */
export type WithdrawState = { step: 'details' | 'confirm' | 'received'; form: FormState };
export const initialWithdrawState: WithdrawState = { step: 'details', form: initialFormState };
