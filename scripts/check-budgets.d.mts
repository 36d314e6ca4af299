/** Types of `check-budgets.mjs`, for the bench (TypeScript) that reuses its measurements. */
export interface Budgets {
  criticalJsGzipBytes: number;
  firstVisitTransferBytes: number;
  audioBytes: number;
}

export type FileKind = 'script' | 'style' | 'document' | 'audio' | 'font' | 'image' | 'other';

export interface DistFile {
  path: string;
  kind: FileKind;
  bytes: number;
  /** gzip size for the types a server compresses, else the raw size. */
  transferBytes: number;
}

export interface DistFigures {
  distDir: string;
  criticalScripts: string[];
  criticalJsBytes: number;
  criticalJsGzipBytes: number;
  firstVisitBytes: number;
  firstVisitTransferBytes: number;
  audioBytes: number;
  inlinedAudioBytes: number;
  byKind: Partial<Record<FileKind, { files: number; bytes: number; transferBytes: number }>>;
  files: DistFile[];
}

export const BUDGETS: Budgets;
export function gzipBytes(content: string | Uint8Array): number;
export function entryScripts(html: string): string[];
export function staticImports(code: string): string[];
export function criticalScripts(distDir: string, html: string): string[];
export function measureDist(distDir: string): DistFigures;
export function checkBudgets(figures: DistFigures, budgets?: Budgets): string[];
export function formatBytes(bytes: number): string;
