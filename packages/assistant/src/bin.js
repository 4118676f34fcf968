#!/usr/bin/env node
// The msp-assistant command. The CLI is TypeScript, run through tsx (a dependency of the msp-kit
// monorepo, installed by `npm ci`); from the repository you may also run
// `node --import tsx packages/assistant/src/cli.ts …`.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('./cli.ts');
process.exitCode = await main(process.argv.slice(2));
