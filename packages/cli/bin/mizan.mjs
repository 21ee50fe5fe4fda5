#!/usr/bin/env node
// The `mizan` command. TypeScript sources run through tsx's loader (docs/decisions/0002-run-typescript-with-tsx.md).
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/main.ts');
process.exitCode = await main(process.argv.slice(2));
