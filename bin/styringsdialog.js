#!/usr/bin/env node
// Runs the TypeScript CLI through tsx's loader, so the installed bin and `npm run cli` are one program.
import { register } from 'tsx/esm/api';

register();
await import('../src/main/cli.ts');
