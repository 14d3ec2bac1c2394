/**
 * The hidden CSRF field every POST form must contain: `<form method="post"><CsrfField />…`.
 * The token comes from the page context (session token when logged in, else the `sd_csrf`
 * double-submit cookie); http/auth/csrf.ts refuses a POST without it (403).
 */
import { useContext } from 'preact/hooks';
import { PageContext } from './page-context.ts';

export const CSRF_FIELD_NAME = '_csrf';

export function CsrfField() {
  const { csrfToken } = useContext(PageContext);
  return csrfToken ? <input type="hidden" name={CSRF_FIELD_NAME} value={csrfToken} /> : null;
}
