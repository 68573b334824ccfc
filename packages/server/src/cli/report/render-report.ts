import type { CallAnalysis, ImportProvenance } from '@undertone/core';
import { renderCharacteristicsSection } from './characteristics-section.js';
import { renderHeader } from './header-section.js';

export interface ReportOptions {
  width: number;
  color: boolean;
}

/** The human-readable analysis report: one section per analysis stage that ran. */
export function renderReport(analysis: CallAnalysis, provenance: ImportProvenance, opts: ReportOptions): string {
  const sections = [renderHeader(analysis.call, provenance, analysis.characteristics.durationMs), renderCharacteristicsSection(analysis.characteristics)];
  return sections.join('\n\n');
}
