import { beforeEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { done, initialFormState as initial, refused } from '@/lib/forms/form-state';
import { merchantText } from '@/lib/merchant-text';
import { formOf } from '@/tests/support/form-data';

const session = vi.hoisted(() => ({ signedIn: true }));
vi.mock('@/lib/admin/session', () => ({ hasAdminSession: async () => session.signedIn }));

const { adminAction } = await import('@/lib/admin/admin-action');

const text = merchantText.admin;
const schema = z.object({
  orderId: z.uuid(),
  amount: z.string().transform((typed, context) => (/^\d+$/.test(typed) ? Number(typed) : (context.addIssue({ code: 'custom', message: text.invalidAmount }), z.NEVER))),
});
const orderId = '1b4e28ba-2fa1-41d2-883f-0016d3cca427';

describe('adminAction', () => {
  beforeEach(() => {
    session.signedIn = true;
  });

  it('hands the parsed, typed input to the action and answers its message, sending no values back', async () => {
    const run = vi.fn(async (input: { orderId: string; amount: number }) => done(`refunded ${input.amount}`));
    const state = await adminAction(schema, run)(initial, formOf({ orderId, amount: '4950' }));
    expect(run).toHaveBeenCalledWith({ orderId, amount: 4950 });
    expect(state).toEqual({ error: null, message: 'refunded 4950', fieldErrors: {}, values: {} });
  });

  it('changes nothing without a session', async () => {
    session.signedIn = false;
    const run = vi.fn(async () => done('done'));
    const state = await adminAction(schema, run)(initial, formOf({ orderId, amount: '1' }));
    expect(run).not.toHaveBeenCalled();
    expect(state.error).toBe(text.notSignedIn);
  });

  it("says the schema's own message for a value it refuses", async () => {
    const run = vi.fn(async () => done('done'));
    const state = await adminAction(schema, run)(initial, formOf({ orderId, amount: '-5' }));
    expect(run).not.toHaveBeenCalled();
    expect(state.error).toBe(text.invalidAmount);
  });

  it('says the form was incomplete for a tampered hidden field', async () => {
    const run = vi.fn(async () => done('done'));
    const state = await adminAction(schema, run)(initial, formOf({ orderId: 'not-an-order', amount: '5' }));
    expect(run).not.toHaveBeenCalled();
    expect(state.error).toBe(text.badForm);
  });

  it("answers the action's error as the form's error", async () => {
    const state = await adminAction(schema, async () => refused(text.stripeUnreachable))(initial, formOf({ orderId, amount: '5' }));
    expect(state).toMatchObject({ error: text.stripeUnreachable, message: null });
  });
});
