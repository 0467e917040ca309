import { html } from './html.ts';
import { layout } from './layout.ts';

/**
 * A page for an error answer (bad query, unknown id).
 * @param status HTTP status
 * @param message what went wrong (escaped)
 */
export function errorPage(status: number, message: string): string {
  return layout({ title: `${status}`, body: html`<h1>${status === 404 ? 'Not found' : 'Cannot show this'}</h1><p class="error" role="alert">${message}</p><p><a href="/">Back to the stories</a></p>` });
}
