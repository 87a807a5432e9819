export interface ReportCounts {
  passed: number;
  failed: number;
  total: number;
  problems: string[];
}
export function countReport(report: unknown, root?: string): ReportCounts;
export function checkCount(runner: string, total: number, known: number | undefined): string | null;
export function updatedCounts(known: Record<string, number>, runs: Record<string, { total: number; failed: number }>): Record<string, number>;
export function unreportedErrors(printed: string, maxLines?: number): string;
