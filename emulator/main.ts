// `npm run emulator`: the offline Stripe on 127.0.0.1:12111.
import { emulatorConfig } from './config';
import { startEmulator } from './server';

async function main(): Promise<void> {
  const config = emulatorConfig(process.env);
  const emulator = await startEmulator({ ...config, log: (line) => console.log(`[emulator] ${line}`) });
  const faults = Object.entries(config.faults).filter(([, p]) => p > 0).map(([name, p]) => `${name}:${p}`).join(',');
  console.log(`Stripe emulator listening on ${emulator.url}  (API ${emulator.url}/v1, dashboard ${emulator.url}/_emulator)`);
  console.log(config.forwardTo ? `Forwarding every event to ${config.forwardTo}` : 'Forwarding no events (STRIPE_EMULATOR_FORWARD_TO is empty)');
  console.log(`Webhook signing secret: ${config.webhookSecret}`);
  if (faults) console.log(`Fault injection on: ${faults}`);
  const stop = () => {
    void emulator.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
