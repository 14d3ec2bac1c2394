/**
 * Who may read and change key figures and the briefing. The municipality's staff and council
 * members read all of their municipality's figures; an organisation user reads only its own
 * organisation's (authorize() checks the scope); case officers and admins change them. The
 * briefing itself is for the municipality's side only (the organisations see their own figures
 * on their organisation's page); the public sees nothing of either.
 */
import type { AccessPolicy } from '../actor.ts';
import { municipalReaders, registryReaders, registryWriters } from '../registry/access.ts';

export const keyFigureReaders: AccessPolicy = registryReaders;
export const keyFigureWriters: AccessPolicy = registryWriters;
export const briefingReaders: AccessPolicy = municipalReaders;
