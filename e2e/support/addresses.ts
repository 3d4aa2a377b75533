// Where the end-to-end tests run the shop and the emulator: their own ports, so a running `npm start` is left alone.
export const SHOP_PORT = 3100;
export const EMULATOR_PORT = 12112;
export const SHOP_URL = `http://127.0.0.1:${SHOP_PORT}`;
export const EMULATOR_URL = `http://127.0.0.1:${EMULATOR_PORT}`;
