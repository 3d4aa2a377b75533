// The generated declarations (declarations.json, written by generate.ts from stripe-node's types), read once.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Declarations } from './declared-param';

export const declarations = JSON.parse(readFileSync(path.join(__dirname, 'declarations.json'), 'utf8')) as Declarations;
