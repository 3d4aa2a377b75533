// What every handler works with: the state, the clock, the event log and the emulator's public address.
import type { VirtualClock } from './clock';
import type { EventLog } from './event-log';
import type { EventRequest } from './objects/event';
import type { Outage } from './outage';
import type { EmulatorState } from './state';

export type Runtime = {
  state: EmulatorState;
  clock: VirtualClock;
  events: EventLog;
  /** Base URL the shopper's browser reaches the emulator at, for the MobilePay test page links. */
  publicUrl: string;
  /** The Host header values that name the emulator itself (http/own-host.ts); known once it listens. */
  ownHosts: ReadonlySet<string>;
  /** The business name shown on the MobilePay test page and the hosted Checkout page. */
  merchantName: string;
  /** An emulated outage of the /v1 API (see outage.ts). */
  outage: Outage;
};

/** One state change's context: the runtime plus the API request behind it (null ids for the test page and the clock). */
export type Change = Runtime & { request: EventRequest };
