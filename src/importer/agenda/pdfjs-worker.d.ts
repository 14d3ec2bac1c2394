/** pdfjs-dist ships no types for its worker module; load-pdfjs.ts only loads it for its effect. */
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs' {
  export const WorkerMessageHandler: unknown;
}
