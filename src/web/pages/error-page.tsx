import type { Problem } from '../../http/problem.ts';
import { Layout } from '../components/layout.tsx';
import { renderDocument } from '../render.ts';

/** A Danish error page with the error id, never a stack trace. */
export function renderErrorPage(problem: Pick<Problem, 'title' | 'detail' | 'status' | 'requestId'>): string {
  return renderDocument(
    <Layout title={problem.title} path="">
      <h1>{problem.title}</h1>
      <p>{problem.detail}</p>
      <p class="form-hint">
        Fejlkode {problem.status} · fejl-id {problem.requestId}
      </p>
      <p>
        <a href="/">Gå til forsiden</a>
      </p>
    </Layout>,
  );
}
